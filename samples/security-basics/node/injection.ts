// SQL injection with node:sqlite: a query built from strings leaks every order; a parameterised one does not.
import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";

const db = new DatabaseSync(":memory:");
db.exec(`
  CREATE TABLE orders (id INTEGER PRIMARY KEY, email TEXT NOT NULL, dish TEXT NOT NULL, address TEXT NOT NULL);
  INSERT INTO orders (email, dish, address) VALUES
    ('ana@example.com', 'ramen', '12 Harbour Street'),
    ('ben@example.com', 'gyoza', '3 Mill Lane'),
    ('cleo@example.com', 'tea', '48 Park Road');
`);

// UNSAFE: the input is pasted into the SQL text, so a quote in it ends the string and starts new SQL.
function findOrdersUnsafe(email: string) {
  return db.prepare(`SELECT dish, address FROM orders WHERE email = '${email}'`).all();
}

// SAFE: the SQL text is fixed; the input travels separately and is only ever compared as a value.
function findOrders(email: string) {
  return db.prepare("SELECT dish, address FROM orders WHERE email = ?").all(email);
}

// With ordinary input, both give the same answer.
assert.equal(findOrdersUnsafe("ana@example.com").length, 1);
assert.equal(findOrders("ana@example.com").length, 1);

// The attack: the WHERE clause becomes "email = 'x' OR '1'='1'", which is true for every row.
const attack = "x' OR '1'='1";
const leaked = findOrdersUnsafe(attack);
assert.equal(leaked.length, 3); // every customer's address
console.log("string-built query leaked:", leaked.map((row) => row.address).join(", "));

// The same input in the parameterised query is just an odd email address that matches nobody.
assert.deepEqual(findOrders(attack), []);

// A quote that breaks the SQL: an error from the unsafe query, an empty answer from the safe one.
assert.throws(() => findOrdersUnsafe("o'brien@example.com"));
assert.deepEqual(findOrders("o'brien@example.com"), []);

console.log("parameterised query: no rows for the attack, and a quote in an email is harmless");
