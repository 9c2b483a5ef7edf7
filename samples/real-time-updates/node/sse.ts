// sse.ts: a Server-Sent Events endpoint that streams order-status events, and a client that reads them
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const server = createServer((request, response) => {
  if (request.method !== "GET" || request.url !== "/api/orders/42/events") {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  // A real app writes an event whenever the order changes (from a queue or a pub/sub channel).
  const statuses = ["preparing", "on-the-way"];
  statuses.forEach((status, index) => {
    setTimeout(
      () => {
        response.write(`id: ${index + 1}\ndata: ${JSON.stringify({ order: 42, status })}\n\n`);
        if (index === statuses.length - 1) response.end(); // a real stream stays open
      },
      100 * (index + 1),
    );
  });
});

await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)); // port 0: any free port
const { port } = server.address() as AddressInfo;

/** The fields of one event ("id: 1", "data: {...}"); a browser's EventSource does this parsing for you. */
function fieldsOf(block: string): Map<string, string> {
  return new Map(
    block.split("\n").map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon), line.slice(colon + 1).trim()];
    }),
  );
}

// The client: read the body as a stream and cut it into events at each blank line.
const response = await fetch(`http://127.0.0.1:${port}/api/orders/42/events`, {
  headers: { Accept: "text/event-stream" },
});
assert.equal(response.status, 200);
assert.equal(response.headers.get("content-type"), "text/event-stream");
assert.ok(response.body);

const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
const events: Array<{ id: string; status: string }> = [];
let buffer = "";
for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
  buffer += chunk.value;
  let end;
  while ((end = buffer.indexOf("\n\n")) !== -1) {
    const fields = fieldsOf(buffer.slice(0, end));
    buffer = buffer.slice(end + 2);
    events.push({ id: fields.get("id") ?? "", status: JSON.parse(fields.get("data") ?? "{}").status });
  }
}
server.close();

assert.deepEqual(events, [
  { id: "1", status: "preparing" },
  { id: "2", status: "on-the-way" },
]);
console.log(`received ${events.length} events: ${events.map((event) => event.status).join(", ")}`);
