"""Log in with a session: a random token for the cookie, kept on the server with an expiry time.
Real apps use their framework's sessions or auth library; this shows what those do inside."""

import hashlib
import hmac
import secrets
import time

HOUR = 60 * 60  # in seconds


def slow_hash(password, salt):  # see "Storing passwords safely"
    return hashlib.scrypt(password.encode(), salt=salt, n=2**17, r=8, p=1, maxmem=256 * 1024**2, dklen=32)


# The user table holds a salt and a slow hash, never the password itself.
salt = secrets.token_bytes(16)
users = {"ana@example.com": {"id": 7, "salt": salt, "hash": slow_hash("correct horse battery staple", salt)}}

# The session table is keyed by a SHA-256 fingerprint of each token, so a leaked copy holds no working tokens.
sessions = {}


def fingerprint(token):
    return hashlib.sha256(token.encode()).hexdigest()


def log_in(email, password, now=None):
    user = users.get(email)
    actual = slow_hash(password, user["salt"] if user else secrets.token_bytes(16))  # same timing
    if user is None or not hmac.compare_digest(actual, user["hash"]):
        return None  # the same answer for an unknown email and a wrong password
    token = secrets.token_urlsafe(32)  # 256 random bits from the system's secure generator
    sessions[fingerprint(token)] = {"user_id": user["id"], "expires_at": (now or time.time()) + HOUR}
    return token


def current_user(token, now=None):
    key = fingerprint(token or "")
    session = sessions.get(key)
    if session is None:
        return None
    if session["expires_at"] <= (now or time.time()):
        del sessions[key]  # expired: forget it on the server, whatever the browser still holds
        return None
    return session["user_id"]


def log_out(token):
    sessions.pop(fingerprint(token), None)


def set_cookie(token):  # the response header that hands the token to the browser
    return f"session={token}; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=3600"


assert log_in("ana@example.com", "wrong password") is None
assert log_in("nobody@example.com", "correct horse battery staple") is None

token = log_in("ana@example.com", "correct horse battery staple")
print("Set-Cookie:", set_cookie(token))
assert current_user(token) == 7  # later requests send the cookie back
assert current_user(secrets.token_urlsafe(32)) is None  # a guessed token
assert current_user(None) is None  # no cookie at all
assert current_user(token, now=time.time() + 2 * HOUR) is None  # two hours later: expired

again = log_in("ana@example.com", "correct horse battery staple")
log_out(again)
assert current_user(again) is None  # logging out ends the session on the server

print("wrong password refused; the session works, then expires, and logging out ends it")
