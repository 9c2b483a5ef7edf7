// check-orders.mjs: checks project 2 of Backend Atlas, "Orders with validation", against your own server.
// Start your server, then run: node check-orders.mjs http://localhost:3000
// It needs Node.js 20 or newer and nothing else. It prints PASS or FAIL for each requirement,
// with a hint for each FAIL, and ends with exit code 1 when anything failed.

const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^https?:\/\/\S+$/.test(base)) {
  console.error("Usage: node check-orders.mjs <your server's address>, such as http://localhost:3000");
  process.exit(2);
}
let passed = 0;
let failed = 0;

/**
 * One requirement: PASS when `test` finishes, else FAIL with what was seen and the hint.
 * @param {string} requirement
 * @param {string} hint
 * @param {() => Promise<void>} test
 */
async function check(requirement, hint, test) {
  try {
    await test();
    passed += 1;
    console.log(`PASS  ${requirement}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${requirement} (${error instanceof Error ? error.message : error}) — hint: ${hint}`);
  }
}

/**
 * Stops the requirement with `seen` unless `condition` holds.
 * @param {unknown} condition
 * @param {string} seen
 * @returns {asserts condition}
 */
function expect(condition, seen) {
  if (!condition) throw new Error(seen);
}

/** A text on one line, cut at 80 characters. @param {string} text */
function short(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/**
 * One request to a path of the server (or a full URL). `json` is sent as JSON, `text` as it is,
 * labelled JSON; the answer's body is parsed when it is JSON, and `ms` is how long it took.
 * @param {string} method
 * @param {string} path
 * @param {{ json?: unknown, text?: string, headers?: Record<string, string> }} [options]
 */
async function call(method, path, options = {}) {
  const sending = options.text ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  const headers = { ...options.headers, ...(sending === undefined ? {} : { "content-type": "application/json" }) };
  const started = Date.now();
  const url = /^https?:/.test(path) ? path : `${base}${path}`;
  const response = await fetch(url, {
    method,
    headers,
    body: sending,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, ms: Date.now() - started };
}

try {
  await fetch(base, { signal: AbortSignal.timeout(5_000) });
} catch {
  console.log(`FAIL  a server answers at ${base} — hint: start your server first, and check its address and port`);
  process.exit(1);
}

// The orders are made of dishes from your own menu (project 1).
const menu = await call("GET", "/api/menu");
/** @type {any[]} */
const dishes = Array.isArray(menu.json) ? menu.json.filter((dish) => Number.isInteger(dish?.price)) : [];
if (dishes.length === 0) {
  console.log(
    "FAIL  GET /api/menu lists dishes with prices in cents — hint: finish project 1 first: this checker orders from your menu",
  );
  process.exit(1);
}
const [one, two = one] = dishes;
const goodOrder = {
  restaurant: "noodle-bar",
  items: [
    { dish: one.id, quantity: 2 },
    { dish: two.id, quantity: 1 },
  ],
};
/** @param {unknown} id */
const isId = (id) => (typeof id === "string" && id !== "") || Number.isInteger(id);

/** @type {Awaited<ReturnType<typeof call>> | undefined} */
let created;
await check(
  "POST /api/orders with a good order answers 201 with the new order and its id",
  "save the order, then answer res.status(201) with the saved order, including the id it got",
  async () => {
    created = await call("POST", "/api/orders", { json: goodOrder });
    expect(created.status === 201, `got ${created.status}: ${short(created.text)}`);
    expect(isId(created.json?.id), `no id in ${short(created.text)}`);
  },
);
const order = created?.status === 201 ? created.json : undefined;

const total = one.price * 2 + two.price + 299;
await check(
  `the total is counted by the server: ${one.price} × 2 + ${two.price} + 299 for delivery = ${total} cents`,
  "add up the prices from your own menu in whole cents, plus the delivery fee of 299; never trust a price or total the app sends",
  async () => {
    expect(order, "no order to look at");
    expect(order.total === total, `the total is ${JSON.stringify(order.total)}`);
  },
);

await check(
  "the Location header leads to the order: GET on it answers 200 with the same order",
  "set the Location header to /api/orders/{id}, and add GET /api/orders/:id that reads the order back",
  async () => {
    const location = created?.headers.get("location");
    expect(order && location, "no Location header");
    const answer = await call("GET", new URL(location, `${base}/`).href);
    expect(answer.status === 200, `GET ${location} got ${answer.status}`);
    expect(answer.json?.id === order.id && answer.json?.total === order.total, `got ${short(answer.text)}`);
  },
);

/**
 * Sends a wrong order: it must get 422, with a JSON body that says what is wrong.
 * @param {unknown} body
 */
async function refused(body) {
  const answer = await call("POST", "/api/orders", { json: body });
  expect(answer.status === 422, `${short(JSON.stringify(body))} got ${answer.status}`);
  expect(answer.json !== undefined, `the 422 has no JSON body that says what is wrong: ${short(answer.text)}`);
}

await check(
  "POST /api/orders with no items answers 422",
  "validate the body before saving and answer 422 with the problems",
  () => refused({ restaurant: "noodle-bar", items: [] }),
);

await check(
  "a dish that is not on the menu answers 422",
  "look every dish up on your menu before you accept the order",
  () => refused({ restaurant: "noodle-bar", items: [{ dish: "no-such-dish", quantity: 1 }] }),
);

await check(
  "a quantity of 0, -1, 2.5 or 11 answers 422",
  "accept only whole numbers from 1 to 10 as quantities",
  async () => {
    for (const quantity of [0, -1, 2.5, 11])
      await refused({ restaurant: "noodle-bar", items: [{ dish: one.id, quantity }] });
  },
);

await check(
  "an order without a restaurant answers 422",
  "make restaurant a required field, and check that it is a text that is not empty",
  () => refused({ items: [{ dish: one.id, quantity: 1 }] }),
);

await check(
  "a body that is not valid JSON answers 400",
  "a body the server cannot read is a different mistake from a wrong order: answer 400 (Bad Request) with a short JSON message",
  async () => {
    const answer = await call("POST", "/api/orders", { text: '{"restaurant": "noodle-bar", "items": [' });
    expect(answer.status === 400, `got ${answer.status}`);
  },
);

await check(
  "GET /api/orders/987654321 answers 404",
  "look the order up by its id, and answer 404 with a JSON message when there is none",
  async () => {
    const answer = await call("GET", "/api/orders/987654321");
    expect(answer.status === 404, `got ${answer.status}`);
  },
);

console.log(
  failed === 0 ? `\nAll ${passed} requirements pass.` : `\n${failed} of ${passed + failed} requirements fail.`,
);
process.exitCode = failed === 0 ? 0 : 1;
