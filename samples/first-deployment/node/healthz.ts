// healthz.ts: a health-check endpoint that a host or a reverse proxy can probe.
// Run: node healthz.ts (Node.js 24 runs TypeScript directly; no installs needed).
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DatabaseSync } from "node:sqlite";

const db = new DatabaseSync(":memory:"); // stands in for the app's real database

/** True when the database answers a trivial query. */
function databaseAnswers(): boolean {
  try {
    return db.prepare("SELECT 1 AS ok").get()?.["ok"] === 1;
  } catch {
    return false;
  }
}

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/healthz") {
    const healthy = databaseAnswers();
    // 200 tells the prober "send me traffic"; 503 says "not now". Never cache the answer.
    res.writeHead(healthy ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify({ status: healthy ? "ok" : "unavailable" }));
    return;
  }
  res.writeHead(404, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: "not found" }));
});

// Port 0 asks the operating system for any free port. A real app reads process.env.PORT.
server.listen(0, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The check a host or proxy makes: is the app up, and can it reach its database?
let answer = await fetch(`${base}/healthz`);
assert.equal(answer.status, 200);
assert.deepEqual(await answer.json(), { status: "ok" });
assert.equal(answer.headers.get("cache-control"), "no-store");

// Any other path is not the health check.
answer = await fetch(`${base}/nothing-here`);
assert.equal(answer.status, 404);
await answer.body?.cancel();

// Lose the database, and the same probe now says "do not send traffic here".
db.close();
answer = await fetch(`${base}/healthz`);
assert.equal(answer.status, 503);
assert.deepEqual(await answer.json(), { status: "unavailable" });

server.close();
console.log("healthz: 200 while the database answers, 503 once it is gone");
