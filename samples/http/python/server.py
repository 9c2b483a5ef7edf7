"""POST /api/orders with http.server: 201, 400, 422 and 409, then urllib checks each answer."""

import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError

MENU = {"ramen": 1250, "gyoza": 600}  # prices in cents
stock = {"ramen": 1, "gyoza": 20}  # portions left today
orders = []
lock = threading.Lock()  # the server answers each request in its own thread


class OrderHandler(BaseHTTPRequestHandler):
    def send_json(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        if self.path != "/api/orders":
            return self.send_json(404, {"error": "no such endpoint"})
        length = int(self.headers.get("Content-Length") or 0)
        if length > 10_000:
            return self.send_json(413, {"error": "the body is too large"})
        try:
            data = json.loads(self.rfile.read(length))
        except ValueError:  # malformed: the server cannot read it
            return self.send_json(400, {"error": "the body is not valid JSON"})
        dish = data.get("dish") if isinstance(data, dict) else None
        quantity = data.get("quantity") if isinstance(data, dict) else None
        if not (isinstance(dish, str) and dish in MENU and type(quantity) is int and 1 <= quantity <= 10):
            return self.send_json(422, {"error": "dish must be on the menu, quantity from 1 to 10"})
        with lock:
            if stock[dish] < quantity:  # valid, but it clashes with the current state
                return self.send_json(409, {"error": f"only {stock[dish]} {dish} left"})
            stock[dish] -= quantity
            orders.append({"dish": dish, "quantity": quantity, "total": MENU[dish] * quantity})
            order = {"id": len(orders), **orders[-1]}
        self.send_json(201, order, {"Location": f"/api/orders/{order['id']}"})

    def log_message(self, format, *args):  # keep the output to the line at the end
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), OrderHandler)  # port 0: the system picks a free port
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_address[1]}/api/orders"


def post(body):
    headers = {"Content-Type": "application/json"}
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers["Location"], json.loads(response.read())
    except HTTPError as error:  # urllib raises an error for 4xx and 5xx answers
        with error:
            return error.code, None, json.loads(error.read())


created = {"id": 1, "dish": "ramen", "quantity": 1, "total": 1250}
assert post(json.dumps({"dish": "ramen", "quantity": 1})) == (201, "/api/orders/1", created)
assert post('{"dish": "ramen", "quantity": 1')[0] == 400  # the closing brace is missing
assert post(json.dumps({"dish": "pizza", "quantity": 1}))[0] == 422  # not on the menu
assert post(json.dumps({"dish": "ramen", "quantity": 1}))[0] == 409  # the last one is gone
server.shutdown()
server.server_close()
print("201 Created, then 400, 422 and 409 as expected")
