// payment-webhook.ts: check a payment provider's webhook signature, ignore repeats, queue the slow work.
// Run: node payment-webhook.ts (Node.js 24 runs TypeScript and has SQLite built in).
import assert from "node:assert/strict";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { DatabaseSync } from "node:sqlite";

// In a real app the secret comes from the provider's dashboard, kept in an environment variable, never in Git.
const secret = randomBytes(32);
type Headers = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

// The signed text covers the event id and the time as well as the body, so none of them can be swapped.
const signature = (id: string, timestamp: string, rawBody: string) =>
  createHmac("sha256", secret).update(`${id}.${timestamp}.${rawBody}`).digest();

function verify(headers: Headers, rawBody: string, nowSeconds: number): boolean {
  const sentAt = Number(headers["webhook-timestamp"]);
  if (!Number.isInteger(sentAt) || Math.abs(nowSeconds - sentAt) > 5 * 60) return false; // too old: maybe a replay
  const expected = signature(headers["webhook-id"], headers["webhook-timestamp"], rawBody);
  return headers["webhook-signature"].split(" ").some((entry) => {
    const given = Buffer.from(entry.slice(3), "base64"); // entries look like "v1,<base64>"
    // timingSafeEqual takes as long for a near miss as for a wild guess, so timing gives nothing away.
    return entry.startsWith("v1,") && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

const db = new DatabaseSync(":memory:");
db.exec(`CREATE TABLE processed_events (id TEXT PRIMARY KEY); -- the primary key refuses a second copy
  CREATE TABLE jobs (id INTEGER PRIMARY KEY, task TEXT NOT NULL); -- a simple queue that a worker reads`);
const selectJobs = db.prepare("SELECT task FROM jobs");
const jobs = () => selectJobs.all().map((row) => row["task"]);

function handleWebhook(headers: Headers, rawBody: string, nowSeconds: number): number {
  if (!verify(headers, rawBody, nowSeconds)) return 400; // check the raw bytes before parsing them
  const event = JSON.parse(rawBody) as { type: string; order: number };
  db.exec("BEGIN"); // the event id and its job are saved together, or not at all
  try {
    const fresh = db
      .prepare("INSERT INTO processed_events (id) VALUES (?) ON CONFLICT DO NOTHING")
      .run(headers["webhook-id"]);
    if (fresh.changes > 0 && event.type === "payment.succeeded") {
      db.prepare("INSERT INTO jobs (task) VALUES (?)").run(`mark order ${event.order} paid, tell the restaurant`);
    }
    db.exec("COMMIT");
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
  return 200; // answer at once, even for a repeat, so the provider stops retrying; the slow work waits in the queue
}

// What the provider sends: an id, a time, the raw body and a signature over all three.
const now = 1_800_000_000;
const body = '{"type":"payment.succeeded","order":42}';
const sent: Headers = {
  "webhook-id": "evt_001",
  "webhook-timestamp": String(now),
  "webhook-signature": `v1,${signature("evt_001", String(now), body).toString("base64")}`,
};

assert.equal(handleWebhook(sent, body, now + 2), 200);
assert.deepEqual(jobs(), ["mark order 42 paid, tell the restaurant"]);

// The provider did not hear our answer and sends the same event again: still 200, but no second job.
assert.equal(handleWebhook(sent, body, now + 60), 200);
assert.equal(jobs().length, 1);

// A changed body, a made-up signature, a short signature and an old message are all refused.
assert.equal(handleWebhook({ ...sent, "webhook-id": "evt_002" }, body.replace("42", "43"), now), 400);
assert.equal(
  handleWebhook({ ...sent, "webhook-signature": `v1,${randomBytes(32).toString("base64")}` }, body, now),
  400,
);
assert.equal(handleWebhook({ ...sent, "webhook-signature": "v1,abc" }, body, now), 400);
assert.equal(handleWebhook(sent, body, now + 3600), 400);
assert.equal(jobs().length, 1);

console.log("payment-webhook: 1 event accepted and queued, 1 repeat ignored, 4 forged or stale requests refused");
