"""Hash and check passwords with scrypt from hashlib. In a real app, use your framework's
password hasher or a vetted Argon2id or bcrypt library instead of code like this."""

import base64
import hashlib
import hmac
import secrets
import unicodedata

# scrypt's cost settings: n = 2**17 (written as ln=17), r = 8, p = 1. They need about 128 MiB of memory.
COST = {"ln": 17, "r": 8, "p": 1}


def scrypt(password, salt, cost, length):
    data = unicodedata.normalize("NFC", password).encode()
    memory = 256 * 1024 * 1024  # room for 128 MiB: the default limit (maxmem) is too small
    n = 2 ** cost["ln"]
    return hashlib.scrypt(data, salt=salt, n=n, r=cost["r"], p=cost["p"], maxmem=memory, dklen=length)


def hash_password(password, cost=COST):
    """'$scrypt$ln=17,r=8,p=1$<salt>$<hash>': the settings travel with the hash, so they can change later."""
    salt = secrets.token_bytes(16)  # a new random salt for every password
    digest = scrypt(password, salt, cost, 32)
    settings = f"ln={cost['ln']},r={cost['r']},p={cost['p']}"
    return f"$scrypt${settings}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password, stored):
    parts = stored.split("$")
    if len(parts) != 5 or parts[1] != "scrypt":
        return False
    cost = {key: int(value) for key, value in (pair.split("=") for pair in parts[2].split(","))}
    expected = base64.b64decode(parts[4])
    actual = scrypt(password, base64.b64decode(parts[3]), cost, len(expected))
    return hmac.compare_digest(actual, expected)  # same time wherever the first difference is


def needs_rehash(stored):
    """True when a hash was made with older, weaker settings: hash it again at the next login."""
    return not stored.startswith(f"$scrypt$ln={COST['ln']},r={COST['r']},p={COST['p']}$")


stored = hash_password("correct horse battery staple")
assert stored.startswith("$scrypt$ln=17,r=8,p=1$")
assert "horse" not in stored  # the password itself is never stored
assert verify_password("correct horse battery staple", stored)
assert not verify_password("Correct horse battery staple", stored)

# The same password twice gives two different strings, because each one has its own salt.
assert hash_password("correct horse battery staple") != stored

# A hash from the days of weaker settings still verifies, and is flagged for an upgrade.
old = hash_password("letmein-2019", {"ln": 14, "r": 8, "p": 1})
assert verify_password("letmein-2019", old)
assert needs_rehash(old)
assert not needs_rehash(stored)

print("stored:", stored)
print("right password accepted, wrong one refused, old settings flagged for rehashing")
