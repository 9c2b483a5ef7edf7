# last_portion.py: two buyers, one last portion; then one "Order now" tap sent twice.
# Run: python3 last_portion.py
import sqlite3

db = sqlite3.connect(":memory:", isolation_level=None)  # None: you write BEGIN and COMMIT yourself
db.execute("PRAGMA foreign_keys = ON")
db.executescript("""
  CREATE TABLE dishes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, portions INTEGER NOT NULL CHECK (portions >= 0));
  CREATE TABLE orders (id INTEGER PRIMARY KEY, dish_id INTEGER NOT NULL REFERENCES dishes (id));
  CREATE TABLE idempotency_keys (key TEXT PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id));
  INSERT INTO dishes (id, name, portions) VALUES (1, 'ramen', 1);""")


def portions_left():
    return db.execute("SELECT portions FROM dishes WHERE id = 1").fetchone()[0]


def order_count():
    return db.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


RESET = "DELETE FROM idempotency_keys; DELETE FROM orders; UPDATE dishes SET portions = 1 WHERE id = 1"


# Wrong: read, decide in code, then write. Both buyers read "1 left" before either one writes.
db.executescript(RESET)
seen_by_a, seen_by_b = portions_left(), portions_left()
for seen in (seen_by_a, seen_by_b):
    if seen > 0:
        db.execute("UPDATE dishes SET portions = ? WHERE id = 1", (seen - 1,))
        db.execute("INSERT INTO orders (dish_id) VALUES (1)")
assert order_count() == 2  # two orders for one portion: the kitchen has to let someone down


# Right: one conditional update that checks and changes in a single step, then read the row count.
def buy_last_portion():
    taken = db.execute("UPDATE dishes SET portions = portions - 1 WHERE id = 1 AND portions > 0")
    if taken.rowcount == 0:
        return None  # sold out: tell the customer, create nothing
    return db.execute("INSERT INTO orders (dish_id) VALUES (1)").lastrowid


db.executescript(RESET)
results = [buy_last_portion(), buy_last_portion()]
assert len([order_id for order_id in results if order_id is not None]) == 1
assert order_count() == 1 and portions_left() == 0

# The CHECK constraint is the safety net: even a careless update cannot go below zero.
try:
    db.execute("UPDATE dishes SET portions = portions - 1 WHERE id = 1")
    raise AssertionError("the CHECK constraint should have refused")
except sqlite3.IntegrityError as error:
    assert "CHECK constraint failed" in str(error)


# Idempotency key: the app sends the same key when it retries, and gets the same order back.
def place_order(key):
    db.execute("BEGIN IMMEDIATE")  # SQLite: take the write lock now, so two copies of a request cannot interleave
    try:
        earlier = db.execute("SELECT order_id FROM idempotency_keys WHERE key = ?", (key,)).fetchone()
        order_id = earlier[0] if earlier else buy_last_portion()
        if not earlier and order_id is not None:
            db.execute("INSERT INTO idempotency_keys (key, order_id) VALUES (?, ?)", (key, order_id))
        db.execute("COMMIT")
        return order_id
    except Exception:
        db.execute("ROLLBACK")  # all or nothing: no order without its key, no key without its order
        raise


db.executescript(RESET)
first = place_order("tap-7f3a")
retry = place_order("tap-7f3a")  # the phone lost the answer and sent the request again
assert retry == first and order_count() == 1
assert place_order("tap-91bc") is None  # a different tap is a new order, and now the ramen is gone

print("last_portion: read-then-write sold 1 portion twice; the conditional update sold it once; a retried tap gave the same order")
