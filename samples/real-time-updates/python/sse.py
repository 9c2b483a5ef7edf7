# sse.py: a Server-Sent Events endpoint that streams order-status events, and a client that reads them
import json
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Events(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/api/orders/42/events":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        # A real app writes an event whenever the order changes (from a queue or a pub/sub channel).
        for number, status in enumerate(["preparing", "on-the-way"], start=1):
            time.sleep(0.1)
            data = json.dumps({"order": 42, "status": status})
            self.wfile.write(f"id: {number}\ndata: {data}\n\n".encode())
            self.wfile.flush()  # send it now, not when the response ends
        # Here the response ends; a real stream stays open.

    def log_message(self, *args):
        pass  # keep the output short


server = ThreadingHTTPServer(("127.0.0.1", 0), Events)  # port 0: any free port
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}/api/orders/42/events"

# The client: read the stream line by line; a blank line ends each event.
events, fields = [], {}
request = urllib.request.Request(url, headers={"Accept": "text/event-stream"})
with urllib.request.urlopen(request, timeout=5) as response:
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/event-stream"
    for raw in response:
        line = raw.decode().rstrip("\n")
        if line:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
        elif fields:
            events.append({"id": fields["id"], "status": json.loads(fields["data"])["status"]})
            fields = {}
server.shutdown()

assert events == [{"id": "1", "status": "preparing"}, {"id": "2", "status": "on-the-way"}], events
print(f"received {len(events)} events: {', '.join(event['status'] for event in events)}")
