# round_robin.py: a tiny round-robin load balancer in front of three copies of one app.
# Run: python3 round_robin.py (Python 3.11 or later, standard library only).
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def start_copy(name: str) -> tuple[str, ThreadingHTTPServer]:
    """One copy of the app. It answers with its name and keeps nothing between requests."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = name.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep the output quiet

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # any free port
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


class RoundRobin:
    """Each request goes to the next server in the list, skipping servers marked down."""

    def __init__(self, servers: list[str]) -> None:
        self.servers = servers
        self.next = 0
        self.down: set[str] = set()

    def pick(self) -> str:
        for _ in self.servers:
            url = self.servers[self.next % len(self.servers)]
            self.next += 1
            if url not in self.down:
                return url
        raise RuntimeError("no healthy server left")

    def send(self, path: str) -> str:
        """Sends a request. A server that cannot be reached is marked down, and the next one is tried."""
        while True:
            url = self.pick()
            try:
                with urllib.request.urlopen(url + path, timeout=2) as answer:
                    return answer.read().decode()
            except urllib.error.URLError:
                self.down.add(url)


(a_url, a), (b_url, b), (c_url, c) = start_copy("a"), start_copy("b"), start_copy("c")
balancer = RoundRobin([a_url, b_url, c_url])

# Six requests are shared out evenly, in turn.
first = [balancer.send("/menu") for _ in range(6)]
assert first == ["a", "b", "c", "a", "b", "c"], first

# Copy b crashes. Its next request fails over to c, and b gets no more traffic.
b.shutdown()
b.server_close()
after = [balancer.send("/menu") for _ in range(4)]
assert after == ["a", "c", "a", "c"], after
assert b_url in balancer.down

for server in (a, c):
    server.shutdown()
print(f"before: {' '.join(first)}; after b stopped: {' '.join(after)}")
