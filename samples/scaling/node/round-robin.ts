// round-robin.ts: a tiny round-robin load balancer in front of three copies of one app.
// Run: node round-robin.ts (Node.js 24 runs TypeScript directly; no installs needed).
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One copy of the app. It answers with its name and keeps nothing between requests. */
async function startCopy(name: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.end(name));
  server.listen(0, "127.0.0.1"); // any free port
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Round robin: each request goes to the next server in the list, skipping servers marked down. */
function roundRobin(servers: readonly string[]) {
  let next = 0;
  const down = new Set<string>();
  const pick = (): string => {
    for (let tried = 0; tried < servers.length; tried++) {
      const url = servers[next++ % servers.length];
      if (url !== undefined && !down.has(url)) return url;
    }
    throw new Error("no healthy server left");
  };
  /** Sends a request. A server that cannot be reached is marked down, and the next one is tried. */
  const send = async (path: string): Promise<string> => {
    for (;;) {
      const url = pick();
      try {
        return await (await fetch(url + path)).text();
      } catch {
        down.add(url);
      }
    }
  };
  return { send, down };
}

const [a, b, c] = [await startCopy("a"), await startCopy("b"), await startCopy("c")];
const balancer = roundRobin([a.url, b.url, c.url]);

// Six requests are shared out evenly, in turn.
const first: string[] = [];
for (let i = 0; i < 6; i++) first.push(await balancer.send("/menu"));
assert.deepEqual(first, ["a", "b", "c", "a", "b", "c"]);

// Copy b crashes. Its next request fails over to c, and b gets no more traffic.
b.server.closeAllConnections();
await new Promise((resolve) => b.server.close(resolve));
const after: string[] = [];
for (let i = 0; i < 4; i++) after.push(await balancer.send("/menu"));
assert.deepEqual(after, ["a", "c", "a", "c"]);
assert.ok(balancer.down.has(b.url));

for (const copy of [a, c]) copy.server.close().closeAllConnections();
console.log(`before: ${first.join(" ")}; after b stopped: ${after.join(" ")}`);
