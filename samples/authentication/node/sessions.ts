// Log in with a session: a random token for the cookie, kept on the server with an expiry time.
// Real apps use their framework's sessions or auth library; this shows what those do inside.
import assert from "node:assert/strict";
import { createHash, randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

const HOUR = 60 * 60 * 1000; // in milliseconds
const cost = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }; // see "Storing passwords safely"
const slowHash = (password: string, salt: Buffer) => scryptSync(password, salt, 32, cost);

// The user table holds a salt and a slow hash, never the password itself.
const salt = randomBytes(16);
const users = new Map([["ana@example.com", { id: 7, salt, hash: slowHash("correct horse battery staple", salt) }]]);

// The session table is keyed by a SHA-256 fingerprint of each token, so a leaked copy holds no working tokens.
const sessions = new Map<string, { userId: number; expiresAt: number }>();
const fingerprint = (token: string) => createHash("sha256").update(token).digest("hex");

function logIn(email: string, password: string, now = Date.now()): string | null {
  const user = users.get(email);
  const actual = slowHash(password, user?.salt ?? randomBytes(16)); // hash even for unknown emails: same timing
  if (!user || !timingSafeEqual(actual, user.hash)) return null; // same answer for both mistakes
  const token = randomBytes(32).toString("base64url"); // 256 random bits from the system's secure generator
  sessions.set(fingerprint(token), { userId: user.id, expiresAt: now + HOUR });
  return token;
}

function currentUser(token: string | undefined, now = Date.now()): number | null {
  const key = fingerprint(token ?? "");
  const session = sessions.get(key);
  if (!session) return null;
  if (session.expiresAt <= now) {
    sessions.delete(key); // expired: forget it on the server, whatever the browser still holds
    return null;
  }
  return session.userId;
}

const logOut = (token: string) => sessions.delete(fingerprint(token));

// The response header that hands the token to the browser.
const setCookie = (token: string) => `session=${token}; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=3600`;

assert.equal(logIn("ana@example.com", "wrong password"), null);
assert.equal(logIn("nobody@example.com", "correct horse battery staple"), null);

const token = logIn("ana@example.com", "correct horse battery staple");
assert.ok(token);
console.log("Set-Cookie:", setCookie(token));
assert.equal(currentUser(token), 7); // later requests send the cookie back
assert.equal(currentUser(randomBytes(32).toString("base64url")), null); // a guessed token
assert.equal(currentUser(undefined), null); // no cookie at all
assert.equal(currentUser(token, Date.now() + 2 * HOUR), null); // two hours later: expired

const again = logIn("ana@example.com", "correct horse battery staple");
assert.ok(again);
logOut(again);
assert.equal(currentUser(again), null); // logging out ends the session on the server

console.log("wrong password refused; the session works, then expires, and logging out ends it");
