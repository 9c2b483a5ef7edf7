// check-deploy.mjs: checks project 6 of Backend Atlas, "Ship it: tests in CI and a deployment", against your own server.
// Start your server, then run: node check-deploy.mjs http://localhost:3000
// It needs Node.js 20 or newer and nothing else. It prints PASS or FAIL for each requirement,
// with a hint for each FAIL, and ends with exit code 1 when anything failed.

const base = (process.argv[2] ?? "").replace(/\/+$/, "");
if (!/^https?:\/\/\S+$/.test(base)) {
  console.error("Usage: node check-deploy.mjs <your server's address>, such as http://localhost:3000");
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

// Run it against your deployed address too: node check-deploy.mjs https://your-app.example.com
const local = ["localhost", "127.0.0.1", "[::1]"].includes(new URL(base).hostname);

/** @type {Awaited<ReturnType<typeof call>> | undefined} */
let health;
await check(
  'GET /health answers 200 with {"status":"ok"}',
  "add a health endpoint that asks the database a trivial question (SELECT 1) and answers 200 when it works, 503 when it does not",
  async () => {
    health = await call("GET", "/health");
    expect(health.status === 200, `got ${health.status}`);
    expect(health.json?.status === "ok", `got ${short(health.text)}`);
  },
);

await check(
  "the health answer is never cached (Cache-Control: no-store)",
  "send Cache-Control: no-store with it, or a cache between you and the host may say ok after the app has died",
  async () => {
    expect(health, "no health answer to look at");
    expect(
      /no-store/i.test(health.headers.get("cache-control") ?? ""),
      `Cache-Control is ${health.headers.get("cache-control")}`,
    );
  },
);

await check(
  "every answer names its build in an X-App-Version header: a commit such as 3f9c2e1, or a version such as 1.4.0",
  "let your CI put the commit in an environment variable (GITHUB_SHA on GitHub Actions) and add it to every answer in a middleware",
  async () => {
    const versions = [];
    for (const path of ["/health", "/api/menu", "/no-such-page"]) {
      const answer = await call("GET", path);
      const version = answer.headers.get("x-app-version");
      expect(version, `GET ${path} has no X-App-Version`);
      expect(/^(?:[0-9a-f]{7,40}|v?\d+\.\d+\.\d+\S*)$/.test(version), `X-App-Version is "${short(version)}"`);
      versions.push(version);
    }
    expect(new Set(versions).size === 1, `different versions: ${versions.join(", ")}`);
  },
);

await check(
  "an unknown address answers 404 with a JSON body",
  "end your routes with a handler that answers 404 in JSON, so the app never shows the framework's HTML page",
  async () => {
    const answer = await call("GET", "/no-such-page");
    expect(answer.status === 404, `got ${answer.status}`);
    expect(answer.json !== undefined, `the body is not JSON: ${short(answer.text)}`);
  },
);

await check(
  "an error answer shows no stack trace and no file paths",
  "answer errors with a short message and write the details to your log; in Express, add your own error handler at the end",
  async () => {
    const answer = await call("POST", "/api/orders", { text: '{"restaurant": ' });
    expect(answer.status >= 400 && answer.status < 500, `unreadable JSON got ${answer.status}`);
    const leak = /\bat \S+ \(|\bat \/\S+:\d+|node_modules|Traceback|\.(?:js|mjs|ts|py|rb|php|java|go):\d+/.exec(
      answer.text,
    );
    expect(!leak, `the body holds "${leak?.[0]}"`);
  },
);

await check(
  "answers do not name the framework (no X-Powered-By header)",
  'turn the header off (app.disable("x-powered-by") in Express): it tells attackers which exploits to try',
  async () => {
    const answer = await call("GET", "/api/menu");
    expect(!answer.headers.has("x-powered-by"), `X-Powered-By is ${answer.headers.get("x-powered-by")}`);
  },
);

await check(
  "the deployed app answers over HTTPS (an address on this machine may use HTTP)",
  "serve the app over HTTPS only: most hosts give you a certificate for free, and Caddy gets one by itself",
  async () => {
    expect(local || base.startsWith("https://"), `${base} is not HTTPS`);
  },
);

console.log(
  failed === 0 ? `\nAll ${passed} requirements pass.` : `\n${failed} of ${passed + failed} requirements fail.`,
);
process.exitCode = failed === 0 ? 0 : 1;
