// logger.ts: one JSON line per event, each with the request id, and sensitive fields redacted
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;
const rank: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const sensitive = /^(password|token|authorization|cookie|cardNumber|cvc)$/i;

/** A copy of the fields with every sensitive value, however deep, replaced. */
function redact(fields: Fields): Fields {
  const clean = (key: string, value: unknown): unknown => {
    if (sensitive.test(key)) return "[redacted]";
    if (Array.isArray(value)) return value.map((item) => clean("", item));
    if (value !== null && typeof value === "object") return redact(value as Fields);
    return value;
  };
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, clean(key, value)]));
}

/** A logger for one request: every line it writes carries the same request id. */
function requestLogger(requestId: string, minLevel: Level, write: (line: string) => void = console.log) {
  return (level: Level, message: string, fields: Fields = {}) => {
    if (rank[level] < rank[minLevel]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, requestId, message, ...redact(fields) }));
  };
}

// The checks collect the lines instead of printing them.
const lines: string[] = [];
const requestId = randomUUID(); // or the id that the gateway sent in a header
const log = requestLogger(requestId, "info", (line) => lines.push(line));

log("debug", "body parsed"); // below the minimum level: dropped
log("info", "order received", { dishes: 3, total: 3399, customer: { id: 7, password: "hunter2" } });
log("error", "payment failed", { provider: "example-pay", status: 502, cardNumber: "4242424242424242" });

assert.equal(lines.length, 2);
const [received, failed] = lines.map((line) => JSON.parse(line));
assert.equal(received.requestId, requestId);
assert.equal(failed.requestId, requestId);
assert.equal(received.level, "info");
assert.equal(received.total, 3399);
assert.equal(received.customer.password, "[redacted]");
assert.equal(failed.cardNumber, "[redacted]");
assert.ok(!lines.some((line) => line.includes("hunter2") || line.includes("4242")));
console.log(lines[1]);
