// db.ts: the tables, in SQLite from Node.js itself. Every query elsewhere passes its values as
// parameters (the ? marks), never glued into the SQL text.
import { DatabaseSync } from "node:sqlite";

export type Database = DatabaseSync;

const schema = `
  PRAGMA foreign_keys = ON;
  CREATE TABLE IF NOT EXISTS dishes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    price INTEGER NOT NULL CHECK (price > 0) -- in cents
  );
  CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    restaurant TEXT NOT NULL,
    total INTEGER NOT NULL CHECK (total > 0), -- in cents
    status TEXT NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'paying', 'paid'))
  );
  CREATE TABLE IF NOT EXISTS order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    dish TEXT NOT NULL REFERENCES dishes (id),
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10),
    price INTEGER NOT NULL -- the price when the order was placed
  );
  CREATE TABLE IF NOT EXISTS payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    amount INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('paid', 'declined')),
    charge_id TEXT NOT NULL -- the provider's id for the charge
  );
  CREATE TABLE IF NOT EXISTS idempotency_keys (
    key TEXT PRIMARY KEY, -- so two requests with one key can never both get in
    fingerprint TEXT NOT NULL, -- what the first request asked for
    status INTEGER, -- the answer, once there is one
    body TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    run_at INTEGER NOT NULL, -- not before this time, in milliseconds
    last_error TEXT
  );
`;

const menu = [
  { id: "ramen", name: "Tonkotsu ramen", price: 1250 },
  { id: "gyoza", name: "Gyoza (6 pieces)", price: 600 },
  { id: "tea", name: "Green tea", price: 300 },
];

/** Opens the database (in memory unless a file is named), creates the tables and fills the menu. */
export function openDatabase(file = ":memory:"): Database {
  const db = new DatabaseSync(file);
  db.exec(schema);
  const addDish = db.prepare("INSERT OR IGNORE INTO dishes (id, name, price) VALUES (?, ?, ?)");
  for (const dish of menu) addDish.run(dish.id, dish.name, dish.price);
  return db;
}

/** Runs `work` in one transaction: every change is saved, or none is. */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = work();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
}
