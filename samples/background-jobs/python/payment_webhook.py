# payment_webhook.py: check a payment provider's webhook signature, ignore repeats, queue the slow work.
# Run: python3 payment_webhook.py
import base64
import hashlib
import hmac
import json
import secrets
import sqlite3

# In a real app the secret comes from the provider's dashboard, kept in an environment variable, never in Git.
SECRET = secrets.token_bytes(32)


def signature(event_id, timestamp, raw_body):
    """The signed text covers the event id and the time as well as the body, so none of them can be swapped."""
    return hmac.new(SECRET, f"{event_id}.{timestamp}.".encode() + raw_body, hashlib.sha256).digest()


def verify(headers, raw_body, now_seconds):
    timestamp = headers["webhook-timestamp"]
    if not timestamp.isdigit() or abs(now_seconds - int(timestamp)) > 5 * 60:
        return False  # too old: maybe a replay
    expected = base64.b64encode(signature(headers["webhook-id"], timestamp, raw_body)).decode()
    # compare_digest takes as long for a near miss as for a wild guess, so timing gives nothing away.
    wanted = f"v1,{expected}".encode()
    return any(hmac.compare_digest(entry.encode(), wanted) for entry in headers["webhook-signature"].split(" "))


db = sqlite3.connect(":memory:", isolation_level=None)
db.executescript("""
  CREATE TABLE processed_events (id TEXT PRIMARY KEY); -- the primary key refuses a second copy
  CREATE TABLE jobs (id INTEGER PRIMARY KEY, task TEXT NOT NULL); -- a simple queue that a worker reads""")


def jobs():
    return [task for (task,) in db.execute("SELECT task FROM jobs")]


def handle_webhook(headers, raw_body, now_seconds):
    if not verify(headers, raw_body, now_seconds):
        return 400  # check the raw bytes before parsing them
    event = json.loads(raw_body)
    with db:  # the event id and its job are saved together, or not at all
        db.execute("BEGIN")
        fresh = db.execute("INSERT INTO processed_events (id) VALUES (?) ON CONFLICT DO NOTHING", (headers["webhook-id"],))
        if fresh.rowcount > 0 and event["type"] == "payment.succeeded":
            db.execute("INSERT INTO jobs (task) VALUES (?)", (f"mark order {event['order']} paid, tell the restaurant",))
    return 200  # answer at once, even for a repeat, so the provider stops retrying; the slow work waits in the queue


# What the provider sends: an id, a time, the raw body and a signature over all three.
now = 1_800_000_000
body = b'{"type":"payment.succeeded","order":42}'
sent = {
    "webhook-id": "evt_001",
    "webhook-timestamp": str(now),
    "webhook-signature": "v1," + base64.b64encode(signature("evt_001", str(now), body)).decode(),
}

assert handle_webhook(sent, body, now + 2) == 200
assert jobs() == ["mark order 42 paid, tell the restaurant"]

# The provider did not hear our answer and sends the same event again: still 200, but no second job.
assert handle_webhook(sent, body, now + 60) == 200
assert len(jobs()) == 1

# A changed body, a made-up signature, a short signature and an old message are all refused.
assert handle_webhook({**sent, "webhook-id": "evt_002"}, body.replace(b"42", b"43"), now) == 400
assert handle_webhook({**sent, "webhook-signature": "v1," + base64.b64encode(secrets.token_bytes(32)).decode()}, body, now) == 400
assert handle_webhook({**sent, "webhook-signature": "v1,abc"}, body, now) == 400
assert handle_webhook(sent, body, now + 3600) == 400
assert len(jobs()) == 1 and not db.in_transaction

print("payment_webhook: 1 event accepted and queued, 1 repeat ignored, 4 forged or stale requests refused")
