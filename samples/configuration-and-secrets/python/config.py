# config.py: read the settings from the environment once, at start-up, and stop early if one is wrong
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Config:
    port: int
    database_url: str


def load_config(env: Mapping[str, str]) -> Config:
    port_text = env.get("PORT", "3000")  # optional: a default is safe
    port = int(port_text) if port_text.isdecimal() else 0
    if not 1 <= port <= 65535:
        raise ValueError(f'PORT must be a whole number from 1 to 65535, got "{port_text}"')
    database_url = env.get("DATABASE_URL")  # required: no default could be right
    if not database_url:
        raise ValueError("DATABASE_URL is not set. Add it to the environment (see .env.example).")
    parts = urlsplit(database_url)
    if not parts.scheme or not parts.netloc:
        # Name the variable, never print its value: it holds a password.
        raise ValueError("DATABASE_URL is not a valid URL")
    return Config(port=port, database_url=database_url)


# The checks pass made-up environments, so this file runs without any set-up.
url = "postgres://orders:example-only@localhost:5432/orders"
assert load_config({"DATABASE_URL": url}) == Config(port=3000, database_url=url)
assert load_config({"DATABASE_URL": url, "PORT": "8080"}).port == 8080
for env, expected in [
    ({}, "DATABASE_URL is not set"),
    ({"DATABASE_URL": url, "PORT": "eighty"}, "PORT must be a whole number"),
    ({"DATABASE_URL": "orders:secret-password"}, "DATABASE_URL is not a valid URL"),
]:
    try:
        load_config(env)
    except ValueError as error:
        assert str(error).startswith(expected), error
        assert "secret" not in str(error)
    else:
        raise AssertionError(f"expected an error for {env}")
print("config: all checks passed")

# In the app, the first lines of the start-up code would be:
#   config = load_config(os.environ)  # raises, so the process stops before it listens
#   serve(port=config.port)
