// accounts.ts: project 3. Sign up, log in, who am I, log out. Passwords are hashed with scrypt;
// the login session is express-session's (the Express team's own), kept in an HttpOnly cookie.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { Router } from "express";
import session from "express-session";
import type { Database } from "./db.ts";

declare module "express-session" {
  interface SessionData {
    userId: number;
  }
}

const hashWith = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: object,
) => Promise<Buffer>;
const COST = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }; // about 128 MiB per hash: slow to guess

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await hashWith(password.normalize("NFC"), salt, 32, COST);
  return `$scrypt$ln=17,r=8,p=1$${salt.toString("base64")}$${hash.toString("base64")}`;
}

async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [, , , salt = "", hash = ""] = stored.split("$");
  const expected = Buffer.from(hash, "base64");
  const actual = await hashWith(password.normalize("NFC"), Buffer.from(salt, "base64"), expected.length, COST);
  return timingSafeEqual(actual, expected);
}

/** A hash of a random password, made once when first needed: an unknown email is checked against it, so both mistakes take as long. */
let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString("hex")));

/** The session middleware: a cookie named "sid" that page scripts cannot read, for one hour. */
export function sessions(secret: string) {
  return session({
    name: "sid",
    secret,
    resave: false,
    saveUninitialized: false, // no cookie until someone logs in
    cookie: { httpOnly: true, sameSite: "lax", secure: "auto", maxAge: 60 * 60 * 1000 },
    // The default store keeps sessions in memory; a real app keeps them in its database or Redis.
  });
}

function credentials(body: unknown): { email: string; password: string } | string[] {
  const { email, password } = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof email !== "string" || email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push("email must be an email address");
  }
  if (typeof password !== "string" || password.length < 15 || password.length > 256) {
    errors.push("password must be 15 to 256 characters: a few words you can remember work well");
  }
  return errors.length > 0 ? errors : { email: String(email).toLowerCase(), password: String(password) };
}

export function accountRoutes(db: Database): Router {
  const router = Router();
  const byEmail = db.prepare("SELECT id, email, password_hash FROM users WHERE email = ?");
  const byId = db.prepare("SELECT id, email FROM users WHERE id = ?");

  router.post("/accounts", async (req, res) => {
    const input = credentials(req.body);
    if (Array.isArray(input)) return res.status(422).json({ errors: input });
    const taken = { errors: ["an account with this email already exists"] };
    if (byEmail.get(input.email)) return res.status(409).json(taken);
    const hash = await hashPassword(input.password);
    try {
      const { lastInsertRowid } = db
        .prepare("INSERT INTO users (email, password_hash) VALUES (?, ?)")
        .run(input.email, hash);
      res.status(201).json({ id: Number(lastInsertRowid), email: input.email }); // never the hash
    } catch (error) {
      // 2067: a UNIQUE constraint failed, when another sign-up with this email got in first.
      if ((error as { errcode?: number }).errcode !== 2067) throw error;
      res.status(409).json(taken);
    }
  });

  router.post("/sessions", async (req, res, next) => {
    const { email, password } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof email !== "string" || typeof password !== "string" || password.length > 256) {
      return res.status(422).json({ errors: ["send an email and a password"] });
    }
    const user = byEmail.get(email.toLowerCase()) as { id: number; email: string; password_hash: string } | undefined;
    const matches = await passwordMatches(password, user?.password_hash ?? (await decoyHash()));
    if (!user || !matches) return res.status(401).json({ errors: ["wrong email or password"] }); // one answer for both
    // A new session id at login, so an id planted in the browser before it is worth nothing.
    req.session.regenerate((error) => {
      if (error) return next(error);
      req.session.userId = user.id;
      res.json({ id: user.id, email: user.email });
    });
  });

  router.get("/me", (req, res) => {
    const user = req.session.userId === undefined ? undefined : byId.get(req.session.userId);
    if (!user) return res.status(401).json({ errors: ["log in first"] });
    res.json(user);
  });

  router.delete("/sessions", (req, res, next) => {
    // Forget the session on the server: a copy of the cookie is then worthless too.
    req.session.destroy((error) => {
      if (error) return next(error);
      res.clearCookie("sid").status(204).end();
    });
  });

  return router;
}
