// check-payments.mjs: checks project 4 of Backend Atlas, "Payments with idempotency keys", against your own server.
// Start your server, then run: node check-payments.mjs http://localhost:3000
// It needs Node.js 20 or newer and nothing else. It prints PASS or FAIL for each requirement,
// with a hint for each FAIL, and ends with exit code 1 when anything failed.

const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^https?:\/\/\S+$/.test(base)) {
  console.error("Usage: node check-payments.mjs <your server's address>, such as http://localhost:3000");
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

// The orders to pay are made of a dish from your own menu (projects 1 and 2).
const menu = await call("GET", "/api/menu");
const dish = Array.isArray(menu.json) ? menu.json[0] : undefined;
if (dish?.id === undefined) {
  console.log("FAIL  GET /api/menu lists dishes — hint: finish projects 1 and 2 first: this checker orders and pays");
  process.exit(1);
}

/** Places a new order, or stops the requirement. */
async function newOrder() {
  const answer = await call("POST", "/api/orders", {
    json: { restaurant: "noodle-bar", items: [{ dish: dish.id, quantity: 1 }] },
  });
  expect(answer.status === 201 && answer.json?.id !== undefined, `placing an order got ${answer.status}`);
  return answer.json;
}

/**
 * Pays an order with a card token from the fake provider, with or without an Idempotency-Key.
 * @param {unknown} orderId
 * @param {string | undefined} key
 */
function pay(orderId, key, cardToken = "tok_ok") {
  return call("POST", `/api/orders/${orderId}/payments`, {
    json: { cardToken },
    headers: key ? { "idempotency-key": key } : {},
  });
}

/** @param {unknown} orderId */
async function paidCharges(orderId) {
  const answer = await call("GET", `/api/orders/${orderId}/payments`);
  expect(
    answer.status === 200 && Array.isArray(answer.json),
    `GET /api/orders/${orderId}/payments got ${answer.status}`,
  );
  return answer.json.filter((/** @type {any} */ payment) => payment?.status === "paid").length;
}

const newKey = () => `checker-${crypto.randomUUID()}`;

await check(
  "paying without an Idempotency-Key header answers 400",
  "require the header: without it, a retry cannot be told from a new payment",
  async () => {
    const answer = await pay((await newOrder()).id, undefined);
    expect(answer.status === 400, `got ${answer.status}`);
  },
);

const order = await newOrder().catch(() => undefined);
const key = newKey();
/** @type {Awaited<ReturnType<typeof call>> | undefined} */
let first;
await check(
  "POST /api/orders/{id}/payments with a key and the card tok_ok answers 201 with the order's total",
  "charge the order's total through the provider, and answer 201 with the payment: its id, amount and status",
  async () => {
    expect(order, "could not place an order to pay");
    first = await pay(order.id, key);
    expect(first.status === 201, `got ${first.status}: ${short(first.text)}`);
    expect(
      first.json?.amount === order.total,
      `the amount is ${JSON.stringify(first.json?.amount)}, the total ${order.total}`,
    );
  },
);

await check(
  "the same key again answers the same status and body",
  "store each key with the answer you gave, and send that stored answer back when the key comes again",
  async () => {
    expect(order && first, "no first payment to repeat");
    const again = await pay(order.id, key);
    expect(again.status === first.status, `got ${again.status}, the first time ${first.status}`);
    expect(JSON.stringify(again.json) === JSON.stringify(first.json), `got ${short(again.text)}`);
  },
);

await check(
  "the card was charged once: GET /api/orders/{id}/payments lists one paid payment",
  "a key you have seen must never reach the provider again; list the order's payments from your payments table",
  async () => {
    expect(order, "no order to look at");
    const count = await paidCharges(order.id);
    expect(count === 1, `${count} paid payments`);
  },
);

await check(
  "GET /api/orders/{id} now shows the status paid",
  "mark the order paid in the same transaction that saves the payment",
  async () => {
    expect(order, "no order to look at");
    const answer = await call("GET", `/api/orders/${order.id}`);
    expect(answer.json?.status === "paid", `the status is ${JSON.stringify(answer.json?.status)}`);
  },
);

await check(
  "the same key with another card answers 422",
  "keep a fingerprint of what the first request asked for beside its key, and refuse the key for a different request",
  async () => {
    expect(order, "no order to pay");
    const answer = await pay(order.id, key, "tok_other");
    expect(answer.status === 422, `got ${answer.status}`);
  },
);

await check(
  "a new key for an order that is already paid answers 409",
  "claim the order with one conditional statement before you charge: UPDATE orders SET status = 'paying' WHERE id = ? AND status = 'placed'",
  async () => {
    expect(order, "no order to pay");
    const answer = await pay(order.id, newKey());
    expect(answer.status === 409, `got ${answer.status}`);
  },
);

await check(
  "a declined card (tok_declined) answers 402 and leaves the order unpaid",
  "when the provider declines, answer 402 (Payment Required) and leave the order as it was, so the customer can try another card",
  async () => {
    const declined = await newOrder();
    const answer = await pay(declined.id, newKey(), "tok_declined");
    expect(answer.status === 402, `got ${answer.status}`);
    const after = await call("GET", `/api/orders/${declined.id}`);
    expect(after.json?.status !== "paid", "the order is marked paid");
  },
);

await check(
  "two requests with one key at the same moment charge the card once",
  "claim the key before you call the provider, with an insert the database keeps unique (the key as primary key); the second request then gets 409",
  async () => {
    const racing = await newOrder();
    const shared = newKey();
    const answers = await Promise.all([pay(racing.id, shared), pay(racing.id, shared)]);
    const statuses = answers.map((answer) => answer.status);
    expect(
      statuses.includes(201) && statuses.every((status) => status === 201 || status === 409),
      `got ${statuses.join(" and ")}`,
    );
    const count = await paidCharges(racing.id);
    expect(count === 1, `${count} paid payments`);
  },
);

await check(
  "paying an order that does not exist answers 404",
  "look the order up before anything else, and answer 404 when there is none",
  async () => {
    const answer = await pay(987654321, newKey());
    expect(answer.status === 404, `got ${answer.status}`);
  },
);

console.log(
  failed === 0 ? `\nAll ${passed} requirements pass.` : `\n${failed} of ${passed + failed} requirements fail.`,
);
process.exitCode = failed === 0 ? 0 : 1;
