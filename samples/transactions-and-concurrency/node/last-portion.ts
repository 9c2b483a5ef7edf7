// last-portion.ts: two buyers, one last portion; then one "Order now" tap sent twice.
// Run: node last-portion.ts (Node.js 24 runs TypeScript and has SQLite built in).
import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";

const db = new DatabaseSync(":memory:");
db.exec(`
  CREATE TABLE dishes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, portions INTEGER NOT NULL CHECK (portions >= 0));
  CREATE TABLE orders (id INTEGER PRIMARY KEY, dish_id INTEGER NOT NULL REFERENCES dishes (id));
  CREATE TABLE idempotency_keys (key TEXT PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id));
  INSERT INTO dishes (id, name, portions) VALUES (1, 'ramen', 1);`);
const portionsLeft = () => Number(db.prepare("SELECT portions FROM dishes WHERE id = 1").get()?.["portions"]);
const orderCount = () => Number(db.prepare("SELECT COUNT(*) AS n FROM orders").get()?.["n"]);
const reset = () =>
  db.exec("DELETE FROM idempotency_keys; DELETE FROM orders; UPDATE dishes SET portions = 1 WHERE id = 1");

// Wrong: read, decide in code, then write. Both buyers read "1 left" before either one writes.
reset();
const seenByA = portionsLeft();
const seenByB = portionsLeft();
for (const seen of [seenByA, seenByB]) {
  if (seen > 0) {
    db.prepare("UPDATE dishes SET portions = ? WHERE id = 1").run(seen - 1);
    db.prepare("INSERT INTO orders (dish_id) VALUES (1)").run();
  }
}
assert.equal(orderCount(), 2); // two orders for one portion: the kitchen has to let someone down

// Right: one conditional update that checks and changes in a single step, then read the row count.
function buyLastPortion(): number | null {
  const taken = db.prepare("UPDATE dishes SET portions = portions - 1 WHERE id = 1 AND portions > 0").run();
  if (taken.changes === 0) return null; // sold out: tell the customer, create nothing
  return Number(db.prepare("INSERT INTO orders (dish_id) VALUES (1)").run().lastInsertRowid);
}
reset();
const results = [buyLastPortion(), buyLastPortion()];
assert.equal(results.filter((id) => id !== null).length, 1);
assert.equal(orderCount(), 1);
assert.equal(portionsLeft(), 0);

// The CHECK constraint is the safety net: even a careless update cannot go below zero.
assert.throws(
  () => db.prepare("UPDATE dishes SET portions = portions - 1 WHERE id = 1").run(),
  /CHECK constraint failed/,
);

// Idempotency key: the app sends the same key when it retries, and gets the same order back.
function placeOrder(key: string): number | null {
  db.exec("BEGIN IMMEDIATE"); // SQLite: take the write lock now, so two copies of a request cannot interleave
  try {
    const earlier = db.prepare("SELECT order_id FROM idempotency_keys WHERE key = ?").get(key);
    const orderId = earlier ? Number(earlier["order_id"]) : buyLastPortion();
    if (!earlier && orderId !== null)
      db.prepare("INSERT INTO idempotency_keys (key, order_id) VALUES (?, ?)").run(key, orderId);
    db.exec("COMMIT");
    return orderId;
  } catch (error) {
    db.exec("ROLLBACK"); // all or nothing: no order without its key, no key without its order
    throw error;
  }
}
reset();
const first = placeOrder("tap-7f3a");
const retry = placeOrder("tap-7f3a"); // the phone lost the answer and sent the request again
assert.equal(retry, first);
assert.equal(orderCount(), 1);
assert.equal(placeOrder("tap-91bc"), null); // a different tap is a new order, and now the ramen is gone

console.log(
  "last-portion: read-then-write sold 1 portion twice; the conditional update sold it once; a retried tap gave the same order",
);
