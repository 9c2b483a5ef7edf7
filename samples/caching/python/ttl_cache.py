# ttl_cache.py: a small cache with a time to live (TTL) and explicit invalidation, in front of a slow menu lookup.
# Run: python3 ttl_cache.py
import time


class TtlCache:
    def __init__(self, ttl_seconds, now=time.monotonic):
        """`now` is the clock: time.monotonic in an app, a fake clock in a test, so nothing has to sleep."""
        self.ttl, self.now = ttl_seconds, now
        self.entries = {}  # key -> (value, expires_at)
        self.hits = self.misses = 0

    def get(self, key, load):
        """The cached value while it is fresh; otherwise asks `load` (the slow part) and keeps the answer."""
        entry = self.entries.get(key)
        if entry and self.now() < entry[1]:
            self.hits += 1
            return entry[0]
        self.misses += 1
        value = load()
        self.entries[key] = (value, self.now() + self.ttl)
        return value

    def invalidate(self, key):
        """Forget a key at once, for example right after the menu changes."""
        self.entries.pop(key, None)


# The slow part: in a real app, a database query. Here it counts how often it runs.
menus = {"noodle-bar": ["ramen", "gyoza"]}
lookups = 0


def load_menu(restaurant):
    global lookups
    lookups += 1
    return list(menus.get(restaurant, []))


clock = 0  # seconds on a fake clock
cache = TtlCache(60, now=lambda: clock)  # keep menus for one minute


def menu():
    return cache.get("menu:noodle-bar", lambda: load_menu("noodle-bar"))


assert menu() == ["ramen", "gyoza"]  # miss: the first request pays for the lookup
assert menu() == ["ramen", "gyoza"]  # hit: served from memory
assert lookups == 1

clock += 59  # 59 seconds later: still fresh
menu()
assert lookups == 1
clock += 1  # exactly one minute: expired, so the next request looks it up again
menu()
assert lookups == 2

# The restaurant adds tea. Without invalidation, customers would see the old menu for up to a minute.
menus["noodle-bar"].append("tea")
assert menu() == ["ramen", "gyoza"]  # stale, but inside the TTL
cache.invalidate("menu:noodle-bar")  # the code that saves the menu also clears its cache entry
assert menu() == ["ramen", "gyoza", "tea"]

assert (cache.hits, cache.misses, lookups) == (3, 3, 3)
print(f"ttl_cache: {cache.hits} hits, {cache.misses} misses; expiry and invalidation both forced a fresh lookup")
