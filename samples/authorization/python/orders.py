"""GET /api/orders/<id> with an ownership check: the query filters by the order id AND the user's id."""

import sqlite3

db = sqlite3.connect(":memory:")
db.row_factory = sqlite3.Row
db.executescript("""
  CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL);
  CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    dish TEXT NOT NULL,
    total INTEGER NOT NULL -- in cents
  );
  INSERT INTO users VALUES (1, 'Ana', 'customer'), (2, 'Ben', 'customer'), (3, 'Sam', 'support');
  INSERT INTO orders VALUES (42, 1, 'ramen', 1549), (43, 2, 'gyoza', 899);
""")

# Parameterised queries: the ? marks are filled in by the database, never pasted into the SQL text.
OWN_ORDER = "SELECT id, dish, total FROM orders WHERE id = ? AND user_id = ?"
ANY_ORDER = "SELECT id, dish, total FROM orders WHERE id = ?"


def show_order(user, order_id):
    """`user` comes from the session the server looked up, never from the URL or the body."""
    if user is None:
        return 401, {"error": "log in first"}
    if user["role"] == "customer":
        order = db.execute(OWN_ORDER, (order_id, user["id"])).fetchone()
    elif user["role"] == "support":
        order = db.execute(ANY_ORDER, (order_id,)).fetchone()  # a written rule for staff
    else:
        return 403, {"error": "not allowed"}  # deny by default: any other role gets nothing
    # Missing or someone else's: the same 404, so nobody can learn which order numbers exist.
    if order is None:
        return 404, {"error": "no such order"}
    return 200, dict(order)


ana = {"id": 1, "role": "customer"}
ben = {"id": 2, "role": "customer"}
sam = {"id": 3, "role": "support"}

assert show_order(ana, 42) == (200, {"id": 42, "dish": "ramen", "total": 1549})
assert show_order(ben, 42) == (404, {"error": "no such order"})  # Ana's order
assert show_order(ben, 999) == show_order(ben, 42)  # looks exactly like an order that does not exist
assert show_order(sam, 42)[0] == 200
assert show_order({"id": 4, "role": "courier"}, 42)[0] == 403
assert show_order(None, 42)[0] == 401

db.close()
print("Ana sees order 42; Ben gets 404 for it, as for an order that does not exist")
