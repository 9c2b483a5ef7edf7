# logger.py: one JSON line per event, each with the request id, and sensitive fields redacted
import io
import json
import logging
import re
import uuid
from datetime import datetime, timezone

SENSITIVE = re.compile(r"^(password|token|authorization|cookie|card_number|cvc)$", re.IGNORECASE)


def redact(value):
    """A copy of the value with every sensitive field, however deep, replaced."""
    if isinstance(value, dict):
        return {k: "[redacted]" if SENSITIVE.match(k) else redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "level": record.levelname.lower(),
            "request_id": getattr(record, "request_id", None),
            "message": record.getMessage(),
            **redact(getattr(record, "fields", {})),
        })


class RequestLogger(logging.LoggerAdapter):
    """Adds the same request id to every line, plus the fields of each call."""

    def process(self, msg, kwargs):
        kwargs["extra"] = {"request_id": self.extra["request_id"], "fields": kwargs.pop("fields", {})}
        return msg, kwargs


# In the app the handler writes to sys.stdout; the checks read a string buffer instead.
buffer = io.StringIO()
handler = logging.StreamHandler(buffer)
handler.setFormatter(JsonFormatter())
base = logging.getLogger("orders")
base.addHandler(handler)
base.setLevel(logging.INFO)

request_id = str(uuid.uuid4())  # or the id that the gateway sent in a header
log = RequestLogger(base, {"request_id": request_id})
log.debug("body parsed")  # below the minimum level: dropped
log.info("order received", fields={"dishes": 3, "total": 3399, "customer": {"id": 7, "password": "hunter2"}})
log.error("payment failed", fields={"provider": "example-pay", "status": 502, "card_number": "4242424242424242"})

lines = buffer.getvalue().splitlines()
assert len(lines) == 2
received, failed = (json.loads(line) for line in lines)
assert received["request_id"] == failed["request_id"] == request_id
assert received["level"] == "info" and received["total"] == 3399
assert received["customer"]["password"] == "[redacted]"
assert failed["card_number"] == "[redacted]"
assert not any("hunter2" in line or "4242" in line for line in lines)
print(lines[1])
