// server.ts: starts the reference server. Run npm start, then open http://localhost:3000/api/menu
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createApp } from "./app.ts";

const production = process.env.NODE_ENV === "production";

// Secrets come from the environment. In development, a new random one at each start will do.
const sessionSecret = process.env.SESSION_SECRET ?? (production ? "" : randomBytes(32).toString("hex"));
if (sessionSecret.length < 32) {
  console.error("Set SESSION_SECRET to at least 32 random characters.");
  process.exit(1);
}

// Every answer names its build: the commit your CI puts in APP_VERSION, else package.json's version.
const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as { version: string };

const { app } = createApp({
  version: process.env.APP_VERSION ?? version,
  sessionSecret,
  behindProxy: production,
  databaseFile: process.env.DATABASE_FILE,
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`Order Now reference server on http://localhost:${port}`));
