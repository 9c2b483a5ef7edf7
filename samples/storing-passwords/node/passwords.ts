// Hash and check passwords with scrypt from node:crypto. In a real app, use your framework's
// password hasher or a vetted Argon2id or bcrypt library instead of code like this.
import assert from "node:assert/strict";
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

// scrypt's cost settings: N = 2^17 (written as ln=17), r = 8, p = 1. They need about 128 MiB of memory.
const COST = { ln: 17, r: 8, p: 1 };

function scrypt(password: string, salt: Buffer, cost: { ln: number; r: number; p: number }, length: number) {
  const memory = 256 * 1024 * 1024; // room for 128 MiB: the default limit (maxmem) is too small
  return scryptSync(password.normalize("NFC"), salt, length, { N: 2 ** cost.ln, r: cost.r, p: cost.p, maxmem: memory });
}

/** "$scrypt$ln=17,r=8,p=1$<salt>$<hash>": the settings travel with the hash, so they can change later. */
function hashPassword(password: string, cost = COST): string {
  const salt = randomBytes(16); // a new random salt for every password
  const hash = scrypt(password, salt, cost, 32);
  const settings = `ln=${cost.ln},r=${cost.r},p=${cost.p}`;
  return `$scrypt$${settings}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

function verifyPassword(password: string, stored: string): boolean {
  const [, name, settings, salt, hash] = stored.split("$");
  if (name !== "scrypt" || !settings || !salt || !hash) return false;
  const cost = Object.fromEntries(settings.split(",").map((pair) => pair.split("=")));
  const expected = Buffer.from(hash, "base64");
  const actual = scrypt(
    password,
    Buffer.from(salt, "base64"),
    { ln: +cost.ln, r: +cost.r, p: +cost.p },
    expected.length,
  );
  return timingSafeEqual(actual, expected); // takes the same time wherever the first difference is
}

/** True when a hash was made with older, weaker settings: hash the password again at the next login. */
function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$scrypt$ln=${COST.ln},r=${COST.r},p=${COST.p}$`);
}

const stored = hashPassword("correct horse battery staple");
assert.match(stored, /^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
assert.ok(!stored.includes("horse")); // the password itself is never stored
assert.equal(verifyPassword("correct horse battery staple", stored), true);
assert.equal(verifyPassword("Correct horse battery staple", stored), false);

// The same password twice gives two different strings, because each one has its own salt.
assert.notEqual(hashPassword("correct horse battery staple"), stored);

// A hash from the days of weaker settings still verifies, and is flagged for an upgrade.
const old = hashPassword("letmein-2019", { ln: 14, r: 8, p: 1 });
assert.equal(verifyPassword("letmein-2019", old), true);
assert.equal(needsRehash(old), true);
assert.equal(needsRehash(stored), false);

console.log("stored:", stored);
console.log("right password accepted, wrong one refused, old settings flagged for rehashing");
