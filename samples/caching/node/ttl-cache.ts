// ttl-cache.ts: a small cache with a time to live (TTL) and explicit invalidation, in front of a slow menu lookup.
// Run: node ttl-cache.ts (Node.js 24 runs TypeScript directly).
import assert from "node:assert/strict";

class TtlCache<V> {
  hits = 0;
  misses = 0;
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  /** `now` is the clock: Date.now in an app, a fake clock in a test, so nothing has to sleep. */
  constructor(ttlMs: number, now: () => number = Date.now) {
    this.ttlMs = ttlMs;
    this.now = now;
  }

  /** The cached value while it is fresh; otherwise asks `load` (the slow part) and keeps the answer. */
  get(key: string, load: () => V): V {
    const entry = this.entries.get(key);
    if (entry && this.now() < entry.expiresAt) {
      this.hits++;
      return entry.value;
    }
    this.misses++;
    const value = load();
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    return value;
  }

  /** Forget a key at once, for example right after the menu changes. */
  invalidate(key: string): void {
    this.entries.delete(key);
  }
}

// The slow part: in a real app, a database query. Here it counts how often it runs.
const menus: Record<string, string[]> = { "noodle-bar": ["ramen", "gyoza"] };
let lookups = 0;
const loadMenu = (restaurant: string) => {
  lookups++;
  return [...(menus[restaurant] ?? [])];
};

let clock = 0; // milliseconds on a fake clock
const cache = new TtlCache<string[]>(60_000, () => clock); // keep menus for one minute
const menu = () => cache.get("menu:noodle-bar", () => loadMenu("noodle-bar"));

assert.deepEqual(menu(), ["ramen", "gyoza"]); // miss: the first request pays for the lookup
assert.deepEqual(menu(), ["ramen", "gyoza"]); // hit: served from memory
assert.equal(lookups, 1);

clock += 59_999; // just under a minute later: still fresh
menu();
assert.equal(lookups, 1);
clock += 1; // exactly one minute: expired, so the next request looks it up again
menu();
assert.equal(lookups, 2);

// The restaurant adds tea. Without invalidation, customers would see the old menu for up to a minute.
menus["noodle-bar"]?.push("tea");
assert.deepEqual(menu(), ["ramen", "gyoza"]); // stale, but inside the TTL
cache.invalidate("menu:noodle-bar"); // the code that saves the menu also clears its cache entry
assert.deepEqual(menu(), ["ramen", "gyoza", "tea"]);

assert.deepEqual({ hits: cache.hits, misses: cache.misses, lookups }, { hits: 3, misses: 3, lookups: 3 });
console.log(
  `ttl-cache: ${cache.hits} hits, ${cache.misses} misses; expiry and invalidation both forced a fresh lookup`,
);
