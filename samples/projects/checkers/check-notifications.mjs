// check-notifications.mjs: checks project 5 of Backend Atlas, "Telling the kitchen: a background job", against your own server.
// Start your server, then run: node check-notifications.mjs http://localhost:3000
// It needs Node.js 20 or newer and nothing else. It prints PASS or FAIL for each requirement,
// with a hint for each FAIL, and ends with exit code 1 when anything failed.

const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^https?:\/\/\S+$/.test(base)) {
  console.error("Usage: node check-notifications.mjs <your server's address>, such as http://localhost:3000");
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

// The orders are made of a dish from your own menu and paid as in project 4.
const menu = await call("GET", "/api/menu");
const dish = Array.isArray(menu.json) ? menu.json[0] : undefined;
if (dish?.id === undefined) {
  console.log("FAIL  GET /api/menu lists dishes — hint: finish projects 1 to 4 first: this checker orders and pays");
  process.exit(1);
}

/** @param {string} restaurant */
async function newOrder(restaurant) {
  const answer = await call("POST", "/api/orders", { json: { restaurant, items: [{ dish: dish.id, quantity: 1 }] } });
  if (answer.status !== 201 || answer.json?.id === undefined) {
    console.log(`FAIL  POST /api/orders places an order (got ${answer.status}) — hint: finish project 2 first`);
    process.exit(1);
  }
  return answer.json;
}

/**
 * @param {unknown} orderId
 * @param {string} key
 */
const pay = (orderId, key) =>
  call("POST", `/api/orders/${orderId}/payments`, {
    json: { cardToken: "tok_ok" },
    headers: { "idempotency-key": key },
  });

/** What the kitchen's tablets have received, from GET /api/notifications. */
async function inbox() {
  const answer = await call("GET", "/api/notifications");
  expect(
    answer.status === 200 && Array.isArray(answer.json),
    `GET /api/notifications got ${answer.status}: ${short(answer.text)}`,
  );
  return /** @type {any[]} */ (answer.json);
}

/**
 * The "order-paid" messages about one order.
 * @param {any[]} messages
 * @param {{ id: unknown }} order
 */
const about = (messages, order) =>
  messages.filter((message) => String(message?.orderId) === String(order.id) && message?.type === "order-paid");

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// An order that is never paid, one for noodle-bar paid twice with one key, one for sleepy-kitchen.
const unpaid = await newOrder("noodle-bar");
const paid = await newOrder("noodle-bar");
const sleepy = await newOrder("sleepy-kitchen");
const key = `checker-${crypto.randomUUID()}`;

await check(
  "paying answers before the kitchen hears of it (the fake tablet takes 2 seconds)",
  "in the payment, only put a job on the queue, in the same transaction, and answer; a worker delivers it afterwards",
  async () => {
    const answer = await pay(paid.id, key);
    expect(answer.status === 201, `paying got ${answer.status}`);
    const messages = await inbox();
    expect(
      about(messages, paid).length === 0,
      `the tablet already had the order when the payment answered, after ${answer.ms} ms`,
    );
  },
);
await pay(paid.id, key); // the app repeats the payment, as it would after losing the answer
await pay(sleepy.id, `checker-${crypto.randomUUID()}`);

/** @type {any[]} */
let messages = [];
for (let waited = 0; waited < 10_000; waited += 250) {
  messages = await inbox().catch(() => []);
  if (about(messages, paid).length > 0 && about(messages, sleepy).length > 0) break;
  await sleep(250);
}

await check(
  "within 10 seconds, GET /api/notifications lists an order-paid message for the paid order",
  "run a worker beside the server that takes jobs off the queue and hands each to the tablet",
  async () => {
    expect(about(messages, paid).length > 0, "nothing arrived for the order");
  },
);

await check(
  "a failed delivery is tried again: sleepy-kitchen's order arrives, on attempt 2 or later",
  "when a delivery throws, put the job back with a later time to run, and try again a few times at most",
  async () => {
    const [message] = about(messages, sleepy);
    expect(message, "nothing arrived for sleepy-kitchen's order");
    expect(
      Number.isInteger(message.attempts) && message.attempts >= 2,
      `attempts is ${JSON.stringify(message.attempts)}`,
    );
  },
);

await sleep(1_000); // time for a copy sent late to arrive too
messages = await inbox().catch(() => messages);

await check(
  "an order that is never paid is not sent to the kitchen",
  "put the job on the queue when the payment succeeds, not when the order is placed",
  async () => {
    const [sent] = messages.filter((message) => String(message?.orderId) === String(unpaid.id));
    expect(
      sent === undefined,
      `the kitchen got ${short(JSON.stringify(sent ?? null))}, about an order that was never paid`,
    );
  },
);

await check(
  "each paid order reaches the kitchen once, although its payment was sent twice",
  "queue the job in the transaction that marks the order paid: a repeated payment changes nothing, so it queues nothing",
  async () => {
    const count = about(messages, paid).length;
    expect(count === 1, `it arrived ${count} times`);
  },
);

console.log(
  failed === 0 ? `\nAll ${passed} requirements pass.` : `\n${failed} of ${passed + failed} requirements fail.`,
);
process.exitCode = failed === 0 ? 0 : 1;
