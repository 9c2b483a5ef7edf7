// webhook.ts: a function, serverless style, that receives a payment provider's webhook.
// It is a plain function: a request-like object in, a response-like object out. Each provider's
// real signature differs, but the idea is the same. Run: node webhook.ts (Node.js 24, no installs).
import assert from "node:assert/strict";
import { createHmac, timingSafeEqual } from "node:crypto";

interface FunctionRequest {
  method: string;
  headers: Record<string, string>; // names in lower case
  body: string; // the raw body, exactly as it arrived
}
interface FunctionResponse {
  status: number;
  body: string;
}

/** The signature the provider sends: an HMAC-SHA256 of the raw body, made with a shared secret. */
const sign = (body: string, secret: string) => createHmac("sha256", secret).update(body).digest("hex");

function handler(request: FunctionRequest): FunctionResponse {
  if (request.method !== "POST") return { status: 405, body: "use POST" };
  const secret = process.env["WEBHOOK_SECRET"]; // set in the platform's settings, never in Git
  if (!secret) return { status: 500, body: "not configured" };
  const given = Buffer.from(request.headers["x-signature"] ?? "", "hex");
  const expected = Buffer.from(sign(request.body, secret), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { status: 401, body: "bad signature" };

  let event: unknown;
  try {
    event = JSON.parse(request.body);
  } catch {
    return { status: 400, body: "the body must be JSON" };
  }
  const { type, orderId } = (typeof event === "object" && event !== null ? event : {}) as {
    type?: unknown;
    orderId?: unknown;
  };
  if (typeof type !== "string" || !Number.isInteger(orderId)) return { status: 400, body: "type and orderId needed" };
  // A real function now records the payment in the database and queues "notify the customer".
  // It keeps nothing in memory: the next call may run in a fresh copy.
  return { status: 200, body: JSON.stringify({ received: type, orderId }) };
}

// A local test: no cloud, no network. The secret is set here only for this test.
process.env["WEBHOOK_SECRET"] = "local-test-secret";
const body = JSON.stringify({ type: "payment.succeeded", orderId: 42 });
const signed = (raw: string) => ({ "x-signature": sign(raw, "local-test-secret") });

const answer = handler({ method: "POST", headers: signed(body), body });
assert.equal(answer.status, 200);
assert.deepEqual(JSON.parse(answer.body), { received: "payment.succeeded", orderId: 42 });

// A forged or changed message fails the signature check.
assert.equal(handler({ method: "POST", headers: { "x-signature": "abcd" }, body }).status, 401);
assert.equal(handler({ method: "POST", headers: signed(body), body: body.replace("42", "43") }).status, 401);
// Other methods and signed but malformed bodies are refused.
assert.equal(handler({ method: "GET", headers: {}, body: "" }).status, 405);
for (const bad of ["not json", "null", '{"type": 7}'])
  assert.equal(handler({ method: "POST", headers: signed(bad), body: bad }).status, 400);

console.log("webhook: 200 for a signed event; 401, 405 and 400 for the rest");
