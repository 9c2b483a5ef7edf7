# webhook.py: a function, serverless style, that receives a payment provider's webhook.
# It is a plain function: a request-like dict in, a response-like dict out. Each provider's
# real signature differs, but the idea is the same. Run: python3 webhook.py (standard library only).
import hashlib
import hmac
import json
import os


def sign(body: str, secret: str) -> str:
    """The signature the provider sends: an HMAC-SHA256 of the raw body, made with a shared secret."""
    return hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()


def handler(request: dict) -> dict:
    """request: method, headers (names in lower case) and the raw body, exactly as it arrived."""
    if request["method"] != "POST":
        return {"status": 405, "body": "use POST"}
    secret = os.environ.get("WEBHOOK_SECRET")  # set in the platform's settings, never in Git
    if not secret:
        return {"status": 500, "body": "not configured"}
    given = request["headers"].get("x-signature", "")
    if not hmac.compare_digest(given.encode(), sign(request["body"], secret).encode()):
        return {"status": 401, "body": "bad signature"}

    try:
        event = json.loads(request["body"])
    except json.JSONDecodeError:
        return {"status": 400, "body": "the body must be JSON"}
    if not isinstance(event, dict) or not isinstance(event.get("type"), str) or type(event.get("orderId")) is not int:
        return {"status": 400, "body": "type and orderId needed"}
    # A real function now records the payment in the database and queues "notify the customer".
    # It keeps nothing in memory: the next call may run in a fresh copy.
    return {"status": 200, "body": json.dumps({"received": event["type"], "orderId": event["orderId"]})}


# A local test: no cloud, no network. The secret is set here only for this test.
os.environ["WEBHOOK_SECRET"] = "local-test-secret"
body = json.dumps({"type": "payment.succeeded", "orderId": 42})


def signed(raw: str) -> dict:
    return {"x-signature": sign(raw, "local-test-secret")}


answer = handler({"method": "POST", "headers": signed(body), "body": body})
assert answer["status"] == 200
assert json.loads(answer["body"]) == {"received": "payment.succeeded", "orderId": 42}

# A forged or changed message fails the signature check.
assert handler({"method": "POST", "headers": {"x-signature": "abcd"}, "body": body})["status"] == 401
assert handler({"method": "POST", "headers": signed(body), "body": body.replace("42", "43")})["status"] == 401
# Other methods and signed but malformed bodies are refused.
assert handler({"method": "GET", "headers": {}, "body": ""})["status"] == 405
for bad in ["not json", "null", '{"type": 7}']:
    assert handler({"method": "POST", "headers": signed(bad), "body": bad})["status"] == 400

print("webhook: 200 for a signed event; 401, 405 and 400 for the rest")
