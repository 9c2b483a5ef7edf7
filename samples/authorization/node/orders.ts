// GET /api/orders/:id with an ownership check: the query filters by the order id AND the user's id.
import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";

const db = new DatabaseSync(":memory:");
db.exec(`
  CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL);
  CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    dish TEXT NOT NULL,
    total INTEGER NOT NULL -- in cents
  );
  INSERT INTO users VALUES (1, 'Ana', 'customer'), (2, 'Ben', 'customer'), (3, 'Sam', 'support');
  INSERT INTO orders VALUES (42, 1, 'ramen', 1549), (43, 2, 'gyoza', 899);
`);

// Parameterised queries: the ? marks are filled in by the database, never pasted into the SQL text.
const ownOrder = db.prepare("SELECT id, dish, total FROM orders WHERE id = ? AND user_id = ?");
const anyOrder = db.prepare("SELECT id, dish, total FROM orders WHERE id = ?");

type User = { id: number; role: string };

// `user` comes from the session the server looked up, never from the URL or the body.
function showOrder(user: User | null, orderId: number) {
  if (!user) return { status: 401, body: { error: "log in first" } };
  let order;
  if (user.role === "customer") order = ownOrder.get(orderId, user.id);
  else if (user.role === "support")
    order = anyOrder.get(orderId); // a written rule for staff
  else return { status: 403, body: { error: "not allowed" } }; // deny by default: any other role gets nothing
  // Missing or someone else's: the same 404, so nobody can learn which order numbers exist.
  if (!order) return { status: 404, body: { error: "no such order" } };
  return { status: 200, body: { ...order } };
}

const ana = { id: 1, role: "customer" };
const ben = { id: 2, role: "customer" };
const sam = { id: 3, role: "support" };

assert.deepEqual(showOrder(ana, 42), { status: 200, body: { id: 42, dish: "ramen", total: 1549 } });
assert.deepEqual(showOrder(ben, 42), { status: 404, body: { error: "no such order" } }); // Ana's order
assert.deepEqual(showOrder(ben, 999), showOrder(ben, 42)); // looks exactly like an order that does not exist
assert.equal(showOrder(sam, 42).status, 200);
assert.equal(showOrder({ id: 4, role: "courier" }, 42).status, 403);
assert.equal(showOrder(null, 42).status, 401);

console.log("Ana sees order 42; Ben gets 404 for it, as for an order that does not exist");
