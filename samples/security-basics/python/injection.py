"""SQL injection with sqlite3: a query built from strings leaks every order; a parameterised one does not."""

import sqlite3

db = sqlite3.connect(":memory:")
db.executescript("""
  CREATE TABLE orders (id INTEGER PRIMARY KEY, email TEXT NOT NULL, dish TEXT NOT NULL, address TEXT NOT NULL);
  INSERT INTO orders (email, dish, address) VALUES
    ('ana@example.com', 'ramen', '12 Harbour Street'),
    ('ben@example.com', 'gyoza', '3 Mill Lane'),
    ('cleo@example.com', 'tea', '48 Park Road');
""")


def find_orders_unsafe(email):
    """UNSAFE: the input is pasted into the SQL text, so a quote in it ends the string and starts new SQL."""
    return db.execute(f"SELECT dish, address FROM orders WHERE email = '{email}'").fetchall()


def find_orders(email):
    """SAFE: the SQL text is fixed; the input travels separately and is only ever compared as a value."""
    return db.execute("SELECT dish, address FROM orders WHERE email = ?", (email,)).fetchall()


# With ordinary input, both give the same answer.
assert len(find_orders_unsafe("ana@example.com")) == 1
assert len(find_orders("ana@example.com")) == 1

# The attack: the WHERE clause becomes "email = 'x' OR '1'='1'", which is true for every row.
attack = "x' OR '1'='1"
leaked = find_orders_unsafe(attack)
assert len(leaked) == 3  # every customer's address
print("string-built query leaked:", ", ".join(address for _dish, address in leaked))

# The same input in the parameterised query is just an odd email address that matches nobody.
assert find_orders(attack) == []

# A quote that breaks the SQL: an error from the unsafe query, an empty answer from the safe one.
try:
    find_orders_unsafe("o'brien@example.com")
    raise AssertionError("expected a syntax error")
except sqlite3.OperationalError:
    pass
assert find_orders("o'brien@example.com") == []

db.close()
print("parameterised query: no rows for the attack, and a quote in an email is harmless")
