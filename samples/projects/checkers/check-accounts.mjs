// check-accounts.mjs: checks project 3 of Backend Atlas, "Accounts and logging in", against your own server.
// Start your server, then run: node check-accounts.mjs http://localhost:3000
// It needs Node.js 20 or newer and nothing else. It prints PASS or FAIL for each requirement,
// with a hint for each FAIL, and ends with exit code 1 when anything failed.

const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^https?:\/\/\S+$/.test(base)) {
  console.error("Usage: node check-accounts.mjs <your server's address>, such as http://localhost:3000");
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

// A new account for every run, so that the checker can run again and again.
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const email = `checker-${unique}@example.com`;
const password = `correct horse battery ${unique}`;

/**
 * The name=value part of the first cookie an answer sets.
 * @param {Headers} headers
 */
const cookieOf = (headers) => headers.getSetCookie()[0]?.split(";")[0];

/**
 * Every key of a JSON value, however deep.
 * @param {unknown} value
 * @returns {string[]}
 */
const keysOf = (value) =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
    : [];

/** @type {Awaited<ReturnType<typeof call>> | undefined} */
let signUp;
await check(
  "POST /api/accounts with a new email and a long password answers 201",
  "add a sign-up route that checks the email and the password, stores a hash of the password with your framework's hasher, and answers 201",
  async () => {
    signUp = await call("POST", "/api/accounts", { json: { email, password } });
    expect(signUp.status === 201, `got ${signUp.status}: ${short(signUp.text)}`);
  },
);

await check(
  "the sign-up answer holds neither the password nor its hash",
  "choose the fields you send back (such as id and email); never send the whole user record",
  async () => {
    expect(signUp?.status === 201, "no account to look at");
    expect(!signUp.text.includes(password), "the password is in the answer");
    const secret = keysOf(signUp.json).find((key) => /password|hash|salt/i.test(key));
    expect(secret === undefined, `the answer has a field "${secret}"`);
  },
);

await check(
  "signing up again with the same email answers 409",
  "make email UNIQUE in the database, and answer 409 (Conflict) when the insert fails for that reason",
  async () => {
    const answer = await call("POST", "/api/accounts", { json: { email, password } });
    expect(answer.status === 409, `got ${answer.status}`);
  },
);

await check(
  "a 7-character password (hunter2) answers 422",
  "refuse passwords shorter than 15 characters with 422, and say why: a few words are long and easy to remember",
  async () => {
    const answer = await call("POST", "/api/accounts", { json: { email: `short-${email}`, password: "hunter2" } });
    expect(answer.status === 422, `got ${answer.status}`);
  },
);

await check(
  "an email without an @ answers 422",
  "check that the email looks like an email address before you store it",
  async () => {
    const answer = await call("POST", "/api/accounts", { json: { email: "not-an-email", password } });
    expect(answer.status === 422, `got ${answer.status}`);
  },
);

/** @type {string | undefined} */
let cookie;
await check(
  "POST /api/sessions with the right password answers 200 and sets an HttpOnly cookie",
  "log in with your framework's sessions (express-session, Django's login() and so on) and keep the cookie HttpOnly, so page scripts cannot read it",
  async () => {
    const answer = await call("POST", "/api/sessions", { json: { email, password } });
    expect(answer.status === 200 || answer.status === 204, `got ${answer.status}: ${short(answer.text)}`);
    const header = answer.headers.getSetCookie()[0];
    expect(header, "no Set-Cookie header");
    expect(/;\s*httponly/i.test(header), `the cookie is not HttpOnly: ${short(header)}`);
    cookie = cookieOf(answer.headers);
  },
);

await check(
  "GET /api/me with that cookie answers 200 with the email",
  "read the user id from the session, and answer with that user's id and email",
  async () => {
    expect(cookie, "no cookie from logging in");
    const answer = await call("GET", "/api/me", { headers: { cookie } });
    expect(answer.status === 200, `got ${answer.status}`);
    expect(answer.json?.email === email, `got ${short(answer.text)}`);
  },
);

await check(
  "GET /api/me without a cookie answers 401",
  "answer 401 when a request carries no valid session",
  async () => {
    const answer = await call("GET", "/api/me");
    expect(answer.status === 401, `got ${answer.status}`);
  },
);

await check(
  "a wrong password and an unknown email both answer 401, with the same body",
  "give one answer for both mistakes, so that nobody can find out which emails have accounts",
  async () => {
    const wrong = await call("POST", "/api/sessions", { json: { email, password: `${password}!` } });
    const unknown = await call("POST", "/api/sessions", { json: { email: `nobody-${email}`, password } });
    expect(wrong.status === 401, `a wrong password got ${wrong.status}`);
    expect(unknown.status === 401, `an unknown email got ${unknown.status}`);
    expect(wrong.text === unknown.text, `${short(wrong.text)} is not ${short(unknown.text)}`);
  },
);

await check(
  "logging in again gives a new session id",
  "start a new session at every login (req.session.regenerate() in express-session; most frameworks do it for you), so an id planted before login is worthless",
  async () => {
    expect(cookie, "no cookie from the first login");
    const answer = await call("POST", "/api/sessions", { json: { email, password }, headers: { cookie } });
    expect(answer.status === 200 || answer.status === 204, `got ${answer.status}`);
    const renewed = cookieOf(answer.headers);
    expect(renewed !== undefined && renewed !== cookie, renewed ? "the same session id came back" : "no new cookie");
    cookie = renewed;
  },
);

await check(
  "DELETE /api/sessions logs out: the old cookie then gets 401 from GET /api/me",
  "end the session on the server; deleting the cookie in the browser alone leaves a copy of it working",
  async () => {
    expect(cookie, "no cookie from logging in");
    const out = await call("DELETE", "/api/sessions", { headers: { cookie } });
    expect(out.status >= 200 && out.status < 300, `logging out got ${out.status}`);
    const answer = await call("GET", "/api/me", { headers: { cookie } });
    expect(answer.status === 401, `the old cookie still got ${answer.status}`);
  },
);

console.log(
  failed === 0 ? `\nAll ${passed} requirements pass.` : `\n${failed} of ${passed + failed} requirements fail.`,
);
process.exitCode = failed === 0 ? 0 : 1;
