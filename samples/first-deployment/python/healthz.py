# healthz.py: a health-check endpoint that a host or a reverse proxy can probe.
# Run: python3 healthz.py (Python 3.11 or later, standard library only).
import json
import sqlite3
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Stands in for the app's real database. check_same_thread=False: the server answers on its own thread.
db = sqlite3.connect(":memory:", check_same_thread=False)


def database_answers() -> bool:
    """True when the database answers a trivial query."""
    try:
        return db.execute("SELECT 1").fetchone() == (1,)
    except sqlite3.Error:
        return False


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/healthz":
            healthy = database_answers()
            # 200 tells the prober "send me traffic"; 503 says "not now". Never cache the answer.
            self.reply(200 if healthy else 503, {"status": "ok" if healthy else "unavailable"})
        else:
            self.reply(404, {"error": "not found"})

    def reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output quiet; a real server logs every request


def get(url: str) -> tuple[int, dict, str | None]:
    """Status, JSON body and Cache-Control header of a GET, including error statuses."""
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status, json.load(answer), answer.headers["Cache-Control"]
    except urllib.error.HTTPError as error:
        return error.code, json.load(error), error.headers["Cache-Control"]


# Port 0 asks the operating system for any free port. A real app reads the PORT environment variable.
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"

# The check a host or proxy makes: is the app up, and can it reach its database?
assert get(f"{base}/healthz") == (200, {"status": "ok"}, "no-store")
# Any other path is not the health check.
assert get(f"{base}/nothing-here")[0] == 404

# Lose the database, and the same probe now says "do not send traffic here".
db.close()
assert get(f"{base}/healthz") == (503, {"status": "unavailable"}, "no-store")

server.shutdown()
print("healthz: 200 while the database answers, 503 once it is gone")
