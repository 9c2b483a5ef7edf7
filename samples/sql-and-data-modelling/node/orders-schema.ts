// orders-schema.ts: the Order Now tables in SQLite, a join, and the N+1 problem counted.
// Run: node orders-schema.ts (Node.js 24 runs TypeScript and has SQLite built in).
import assert from "node:assert/strict";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";

const db = new DatabaseSync(":memory:");
db.exec("PRAGMA foreign_keys = ON"); // node:sqlite already does this; many SQLite drivers do not
db.exec(`
  CREATE TABLE restaurants (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE dishes (id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL, name TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0), FOREIGN KEY (restaurant_id) REFERENCES restaurants (id));
  CREATE TABLE orders (id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL, FOREIGN KEY (restaurant_id) REFERENCES restaurants (id));
  CREATE TABLE order_items (
    order_id INTEGER NOT NULL,
    dish_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10),
    PRIMARY KEY (order_id, dish_id),
    FOREIGN KEY (order_id) REFERENCES orders (id),
    FOREIGN KEY (dish_id) REFERENCES dishes (id));
  CREATE INDEX order_items_by_dish ON order_items (dish_id);`);

let queries = 0; // every query goes through here, so the demo can count them
function all(sql: string, ...params: SQLInputValue[]) {
  queries++;
  return db.prepare(sql).all(...params);
}
const insert = (sql: string, ...params: SQLInputValue[]) => Number(db.prepare(sql).run(...params).lastInsertRowid);

// Parameterised queries: the values travel apart from the SQL, so a name like "Bob's" cannot break it.
const bar = insert("INSERT INTO restaurants (name) VALUES (?)", "Bob's Noodle Bar");
const addLine = "INSERT INTO order_items (order_id, dish_id, quantity) VALUES (?, ?, ?)";
const ramen = insert("INSERT INTO dishes (restaurant_id, name, price_cents) VALUES (?, ?, ?)", bar, "ramen", 1250);
const gyoza = insert("INSERT INTO dishes (restaurant_id, name, price_cents) VALUES (?, ?, ?)", bar, "gyoza", 600);
for (let i = 0; i < 3; i++) {
  const order = insert("INSERT INTO orders (restaurant_id) VALUES (?)", bar);
  insert(addLine, order, ramen, 2);
  insert(addLine, order, gyoza, 1);
}
// The foreign key refuses a line for a dish that does not exist.
assert.throws(() => insert(addLine, 1, 999, 1), /FOREIGN KEY/);

// N+1: one query for the orders, then one more query per order for its lines.
queries = 0;
const slow = all("SELECT id FROM orders ORDER BY id").map((order) => ({
  id: order["id"],
  lines: all(
    "SELECT d.name, oi.quantity FROM order_items oi JOIN dishes d ON d.id = oi.dish_id WHERE oi.order_id = ? ORDER BY d.name",
    order["id"] as number,
  ).map((line) => `${line["quantity"]} x ${line["name"]}`),
}));
assert.equal(queries, 4); // 1 + 3 orders; with 1,000 orders it would be 1,001

// The fix: one join brings every order with its lines, and the code groups them.
queries = 0;
const rows = all(`SELECT o.id, d.name, oi.quantity FROM orders o
  JOIN order_items oi ON oi.order_id = o.id JOIN dishes d ON d.id = oi.dish_id ORDER BY o.id, d.name`);
const fast = new Map<unknown, string[]>();
for (const row of rows) fast.set(row["id"], [...(fast.get(row["id"]) ?? []), `${row["quantity"]} x ${row["name"]}`]);
assert.equal(queries, 1);
const grouped = [...fast].map(([id, lines]) => ({ id, lines }));
assert.deepEqual(grouped, slow);

// The bill for a new order: one IN query fetches every price at once, then whole cents add up.
const wanted: Record<number, number> = { [ramen]: 2, [gyoza]: 1 }; // dish id -> quantity
const ids = Object.keys(wanted).map(Number);
const markers = ids.map(() => "?").join(", "); // only "?" markers go into the SQL text, never the ids
queries = 0;
let totalCents = 0;
for (const row of all(`SELECT id, price_cents FROM dishes WHERE id IN (${markers})`, ...ids)) {
  totalCents += Number(row["price_cents"]) * (wanted[Number(row["id"])] ?? 0);
}
assert.equal(queries, 1);
assert.equal(totalCents, 2 * 1250 + 600);

console.log(`orders-schema: N+1 took 4 queries, a join took 1, same result; a new order's bill is ${totalCents} cents`);
