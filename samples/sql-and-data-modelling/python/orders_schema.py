# orders_schema.py: the Order Now tables in SQLite, a join, and the N+1 problem counted.
# Run: python3 orders_schema.py
import sqlite3

db = sqlite3.connect(":memory:")
db.row_factory = sqlite3.Row
db.execute("PRAGMA foreign_keys = ON")  # off by default in sqlite3: without it, bad references slip in
db.executescript("""
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
  CREATE INDEX order_items_by_dish ON order_items (dish_id);""")

queries = 0  # every query goes through here, so the demo can count them


def fetch_all(sql, *params):
    global queries
    queries += 1
    return db.execute(sql, params).fetchall()


def insert(sql, *params):
    return db.execute(sql, params).lastrowid


# Parameterised queries: the values travel apart from the SQL, so a name like "Bob's" cannot break it.
bar = insert("INSERT INTO restaurants (name) VALUES (?)", "Bob's Noodle Bar")
ramen = insert("INSERT INTO dishes (restaurant_id, name, price_cents) VALUES (?, ?, ?)", bar, "ramen", 1250)
gyoza = insert("INSERT INTO dishes (restaurant_id, name, price_cents) VALUES (?, ?, ?)", bar, "gyoza", 600)
ADD_LINE = "INSERT INTO order_items (order_id, dish_id, quantity) VALUES (?, ?, ?)"
for _ in range(3):
    order = insert("INSERT INTO orders (restaurant_id) VALUES (?)", bar)
    insert(ADD_LINE, order, ramen, 2)
    insert(ADD_LINE, order, gyoza, 1)
# The foreign key refuses a line for a dish that does not exist.
try:
    insert(ADD_LINE, 1, 999, 1)
    raise AssertionError("the foreign key should have refused dish 999")
except sqlite3.IntegrityError as error:
    assert "FOREIGN KEY" in str(error)

# N+1: one query for the orders, then one more query per order for its lines.
LINES = "SELECT d.name, oi.quantity FROM order_items oi JOIN dishes d ON d.id = oi.dish_id WHERE oi.order_id = ? ORDER BY d.name"
queries = 0
slow = [
    {"id": order["id"], "lines": [f"{line['quantity']} x {line['name']}" for line in fetch_all(LINES, order["id"])]}
    for order in fetch_all("SELECT id FROM orders ORDER BY id")
]
assert queries == 4  # 1 + 3 orders; with 1,000 orders it would be 1,001

# The fix: one join brings every order with its lines, and the code groups them.
queries = 0
fast = {}
for row in fetch_all("""SELECT o.id, d.name, oi.quantity FROM orders o
  JOIN order_items oi ON oi.order_id = o.id JOIN dishes d ON d.id = oi.dish_id ORDER BY o.id, d.name"""):
    fast.setdefault(row["id"], []).append(f"{row['quantity']} x {row['name']}")
assert queries == 1
assert [{"id": order_id, "lines": lines} for order_id, lines in fast.items()] == slow

# The bill for a new order: one IN query fetches every price at once, then whole cents add up.
wanted = {ramen: 2, gyoza: 1}  # dish id -> quantity
markers = ", ".join("?" for _ in wanted)  # only "?" markers go into the SQL text, never the ids
queries = 0
rows = fetch_all(f"SELECT id, price_cents FROM dishes WHERE id IN ({markers})", *wanted)
total_cents = sum(row["price_cents"] * wanted[row["id"]] for row in rows)
assert queries == 1 and total_cents == 2 * 1250 + 600

print(f"orders_schema: N+1 took 4 queries, a join took 1, same result; a new order's bill is {total_cents} cents")
