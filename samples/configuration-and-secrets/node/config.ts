// config.ts: read the settings from the environment once, at start-up, and stop early if one is wrong
import assert from "node:assert/strict";

interface Config {
  port: number;
  databaseUrl: string;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env): Config {
  const portText = env["PORT"] ?? "3000"; // optional: a default is safe
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, got "${portText}"`);
  }
  const databaseUrl = env["DATABASE_URL"]; // required: no default could be right
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set. Add it to the environment (see .env.example).");
  }
  if (!URL.parse(databaseUrl)?.hostname) {
    // Name the variable, never print its value: it holds a password.
    throw new Error("DATABASE_URL is not a valid URL");
  }
  return { port, databaseUrl };
}

// The checks pass made-up environments, so this file runs without any set-up.
const url = "postgres://orders:example-only@localhost:5432/orders";
assert.deepEqual(loadConfig({ DATABASE_URL: url }), { port: 3000, databaseUrl: url });
assert.equal(loadConfig({ DATABASE_URL: url, PORT: "8080" }).port, 8080);
assert.throws(() => loadConfig({}), /^Error: DATABASE_URL is not set/);
assert.throws(() => loadConfig({ DATABASE_URL: url, PORT: "eighty" }), /PORT must be a whole number/);
assert.throws(
  () => loadConfig({ DATABASE_URL: "orders:secret-password" }),
  (error: Error) => error.message === "DATABASE_URL is not a valid URL" && !error.message.includes("secret"),
);
console.log("config: all checks passed");

// In the app, the first lines of the start-up code would be:
//   const config = loadConfig(process.env); // throws, so the process stops before it listens
//   server.listen(config.port);
