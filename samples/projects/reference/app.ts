// app.ts: the whole app put together. server.ts starts it on a port; tests can start it too.
import express, { type ErrorRequestHandler } from "express";
import { openDatabase, type Database } from "./db.ts";
import { menuRoutes } from "./menu.ts";
import { orderRoutes } from "./orders.ts";
import { accountRoutes, sessions } from "./accounts.ts";
import { paymentRoutes } from "./payments.ts";
import { notificationRoutes, startWorker } from "./notifications.ts";
import { fakeProvider, type PaymentProvider } from "./fake-provider.ts";
import { fakeKitchen, type Kitchen } from "./fake-kitchen.ts";

export interface Settings {
  /** The commit or version this build came from, sent with every answer. */
  version: string;
  sessionSecret: string;
  /** True behind a host's proxy that ends HTTPS, so that cookies are marked Secure. */
  behindProxy?: boolean;
  /** A file for the database; in memory when absent. */
  databaseFile?: string | undefined;
  provider?: PaymentProvider;
  kitchen?: Kitchen;
}

export function createApp(settings: Settings) {
  const db = openDatabase(settings.databaseFile);
  const kitchen = settings.kitchen ?? fakeKitchen();
  const app = express();
  app.disable("x-powered-by"); // strangers need not know which framework answers
  if (settings.behindProxy) app.set("trust proxy", 1);
  app.use((_req, res, next) => {
    res.set("X-App-Version", settings.version);
    next();
  });

  // For the host and the load balancer: 200 while the database answers, 503 when it does not.
  app.get("/health", (_req, res) => {
    const healthy = databaseAnswers(db);
    res
      .status(healthy ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ status: healthy ? "ok" : "unavailable" });
  });

  app.use(express.json({ limit: "10kb" }));
  app.use(sessions(settings.sessionSecret));
  app.use("/api", menuRoutes(db), orderRoutes(db), accountRoutes(db));
  app.use("/api", paymentRoutes(db, settings.provider ?? fakeProvider()), notificationRoutes(kitchen));
  app.use((req, res) => res.status(404).json({ errors: [`nothing at ${req.method} ${req.path}`] }));
  app.use(errorAnswer);

  const worker = startWorker(db, kitchen);
  return {
    app,
    stop() {
      worker.stop();
      db.close();
    },
  };
}

/** True when the database answers a trivial query. */
function databaseAnswers(db: Database): boolean {
  try {
    return db.prepare("SELECT 1 AS ok").get()?.["ok"] === 1;
  } catch {
    return false;
  }
}

/** Errors as short JSON for the client; the details go to the server's log, never to the client. */
const errorAnswer: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error); // too late to answer: Express closes the connection
  if (error?.type === "entity.parse.failed") return res.status(400).json({ errors: ["the body is not valid JSON"] });
  if (error?.type === "entity.too.large") return res.status(413).json({ errors: ["the body is larger than 10 KB"] });
  console.error(error);
  res.status(500).json({ errors: ["something went wrong on our side"] });
};
