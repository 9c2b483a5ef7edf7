// check-menu.mjs: checks project 1 of Backend Atlas, "A menu API", against your own server.
// Start your server, then run: node check-menu.mjs http://localhost:3000
// It needs Node.js 20 or newer and nothing else. It prints PASS or FAIL for each requirement,
// with a hint for each FAIL, and ends with exit code 1 when anything failed.

const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^https?:\/\/\S+$/.test(base)) {
  console.error("Usage: node check-menu.mjs <your server's address>, such as http://localhost:3000");
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

/** @type {any[]} */
let dishes = [];

await check(
  "GET /api/menu answers 200 with a JSON list of dishes",
  "add a route for GET /api/menu that answers with a JSON array holding at least one dish",
  async () => {
    const answer = await call("GET", "/api/menu");
    expect(answer.status === 200, `got ${answer.status}`);
    expect(
      /^application\/json/.test(answer.headers.get("content-type") ?? ""),
      `Content-Type is ${answer.headers.get("content-type")}`,
    );
    expect(Array.isArray(answer.json) && answer.json.length > 0, `got ${short(answer.text)}`);
    dishes = answer.json;
  },
);

await check(
  "every dish has an id of its own and a name",
  'send each dish\'s id (its primary key, such as "ramen" or 7) and its name',
  async () => {
    expect(dishes.length > 0, "no dishes to look at");
    for (const dish of dishes) {
      const id = dish?.id;
      expect(
        (typeof id === "string" && id !== "") || Number.isInteger(id),
        `a dish without an id: ${short(JSON.stringify(dish))}`,
      );
      expect(typeof dish.name === "string" && dish.name.trim() !== "", `dish ${id} has no name`);
    }
    const ids = dishes.map((dish) => dish.id);
    expect(new Set(ids).size === ids.length, "two dishes share an id");
  },
);

await check(
  "every price is a whole number of cents, above 0",
  'keep money as a whole number of cents (1250, not 12.5 or "12.50"), so that no sum is ever rounded',
  async () => {
    expect(dishes.length > 0, "no dishes to look at");
    for (const dish of dishes)
      expect(Number.isInteger(dish?.price) && dish.price > 0, `${dish?.id} costs ${JSON.stringify(dish?.price)}`);
  },
);

const first = dishes[0];
await check(
  `GET /api/menu/${first?.id ?? "{id}"} answers 200 with that dish`,
  "add a route GET /api/menu/:id that looks the dish up by the id in the URL",
  async () => {
    expect(first, "no dish to ask for");
    const answer = await call("GET", `/api/menu/${encodeURIComponent(first.id)}`);
    expect(answer.status === 200, `got ${answer.status}`);
    expect(answer.json?.id === first.id && answer.json?.price === first.price, `got ${short(answer.text)}`);
  },
);

await check(
  "GET /api/menu/no-such-dish answers 404 with a JSON body",
  'when no dish has that id, answer 404 with JSON such as { "errors": ["no such dish"] }, not 200 or an HTML page',
  async () => {
    const answer = await call("GET", "/api/menu/no-such-dish");
    expect(answer.status === 404, `got ${answer.status}`);
    expect(answer.json !== undefined, `the body is not JSON: ${short(answer.text)}`);
  },
);

// The lowest price as the limit: only the cheapest dishes may come back. If every dish costs the
// same, one cent less, and then none may.
const prices = dishes.map((dish) => dish?.price).filter(Number.isInteger);
const lowest = Math.min(...prices);
const limit = prices.length === 0 ? undefined : prices.every((price) => price === lowest) ? lowest - 1 : lowest;
await check(
  `GET /api/menu?maxPrice=${limit ?? "{the lowest price}"} lists only the dishes of that many cents or less`,
  "read req.query.maxPrice, check it, and filter in the query (WHERE price <= ?), not by hand after it",
  async () => {
    expect(limit !== undefined, "no prices to filter by");
    const answer = await call("GET", `/api/menu?maxPrice=${limit}`);
    expect(answer.status === 200 && Array.isArray(answer.json), `got ${answer.status}: ${short(answer.text)}`);
    const expected = dishes.filter((dish) => dish.price <= limit).map((dish) => String(dish.id));
    const got = answer.json.map((/** @type {any} */ dish) => String(dish?.id));
    expect(
      JSON.stringify(got.sort()) === JSON.stringify(expected.sort()),
      `got ${short(got.join(", ") || "no dishes")}`,
    );
  },
);

await check(
  "GET /api/menu?maxPrice=cheap answers 400",
  "a query parameter is input too: when maxPrice is not a whole number, answer 400 and say why",
  async () => {
    const answer = await call("GET", "/api/menu?maxPrice=cheap");
    expect(answer.status === 400, `got ${answer.status}`);
  },
);

console.log(
  failed === 0 ? `\nAll ${passed} requirements pass.` : `\n${failed} of ${passed + failed} requirements fail.`,
);
process.exitCode = failed === 0 ? 0 : 1;
