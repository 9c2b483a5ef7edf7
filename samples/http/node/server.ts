// POST /api/orders with node:http: 201, 400, 422 and 409, then fetch checks each answer.
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const MENU: Record<string, number> = { ramen: 1250, gyoza: 600 }; // prices in cents
const stock: Record<string, number> = { ramen: 1, gyoza: 20 }; // portions left today
let lastId = 0;

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== "/api/orders") return send(res, 404, { error: "no such endpoint" });
  let raw = "";
  req.setEncoding("utf8"); // chunks arrive as text, even when a character is split between two
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 10_000) return send(res, 413, { error: "the body is too large" });
  }
  let input: { dish?: unknown; quantity?: unknown } | null;
  try {
    input = JSON.parse(raw);
  } catch {
    return send(res, 400, { error: "the body is not valid JSON" }); // malformed: the server cannot read it
  }
  const dish = input?.dish;
  const quantity = input?.quantity;
  if (typeof dish !== "string" || !Object.hasOwn(MENU, dish) || typeof quantity !== "number") {
    return send(res, 422, { error: "dish must be on the menu and quantity a number" }); // readable, but wrong
  }
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10) {
    return send(res, 422, { error: "quantity must be a whole number from 1 to 10" });
  }
  if (stock[dish] < quantity) return send(res, 409, { error: `only ${stock[dish]} ${dish} left` }); // clashes with the state
  stock[dish] -= quantity;
  const id = ++lastId;
  send(res, 201, { id, dish, quantity, total: MENU[dish] * quantity }, { Location: `/api/orders/${id}` });
});

server.listen(0, "127.0.0.1"); // port 0: the system picks a free port
await once(server, "listening");
const { port } = server.address() as AddressInfo;

async function post(body: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
  });
  return { status: res.status, location: res.headers.get("location"), body: await res.json() };
}

const created = await post(JSON.stringify({ dish: "ramen", quantity: 1 }));
assert.equal(created.status, 201);
assert.equal(created.location, "/api/orders/1");
assert.deepEqual(created.body, { id: 1, dish: "ramen", quantity: 1, total: 1250 });

assert.equal((await post('{"dish": "ramen", "quantity": 1')).status, 400); // the closing brace is missing
assert.equal((await post(JSON.stringify({ dish: "pizza", quantity: 1 }))).status, 422); // not on the menu
assert.equal((await post(JSON.stringify({ dish: "ramen", quantity: 1 }))).status, 409); // the last one is gone

server.close();
console.log("201 Created, then 400, 422 and 409 as expected");
