/**
 * What the service worker (src/offline/sw.ts) does with each request and each response, as pure
 * functions so the unit tests can check every decision (tests/unit/offline.test.ts).
 */

/** What the build bakes into sw.js (src/integrations/offline.ts). */
export interface OfflineConfig {
	/** A hash of every built file: a new deploy means a new sw.js, so the browser installs it. */
	version: string;
	/** The site's base path, with a trailing slash ("/" or "/backend-atlas/"); also the worker's scope. */
	base: string;
	/** The offline page's URL path, shown for a page that was never saved. */
	offlinePage: string;
	/** URL paths saved when the worker installs: the offline page, the list of pages, and what they load. */
	shell: string[];
	/** The most pages kept; past it the pages saved longest ago are dropped first. */
	maxPages: number;
}

/**
 * How a request is answered:
 * - `page`: network first (the reader always gets the newest text when online), saved copy when
 *   offline, else the offline page.
 * - `immutable`: saved copy first; the file's name carries a hash of its content, so it never changes.
 * - `fresh`: network first, saved copy when offline (files whose name stays the same across builds).
 * - `pass`: not touched: other origins, other methods, paths outside the site, the worker itself.
 */
export type Strategy = 'page' | 'immutable' | 'fresh' | 'pass';

/** The worker's file name under the base path. */
export const workerFile = 'sw.js';
/** The list of the guide's pages and files, written by the build beside sw.js. */
export const listFile = 'offline-pages.json';

/** The header "Save the whole guide" sends: the worker answers once the copy is saved. */
export const saveHeader = 'x-atlas-save';

/** Pagefind's files whose name carries a content hash (index, fragment and filter chunks, metadata). */
const hashedSearchFile = /\/pagefind\/(?:index|fragment|filter)\/|\.pf_meta$/;

export function strategyFor(request: { url: string; method: string; mode: string }, siteOrigin: string, base: string): Strategy {
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== siteOrigin || !url.pathname.startsWith(base)) return 'pass';
	const path = url.pathname.slice(base.length);
	if (path === workerFile) return 'pass';
	if (request.mode === 'navigate' || path === '' || path.endsWith('/') || path.endsWith('.html')) return 'page';
	if (path.startsWith('_astro/') || (path.startsWith('pagefind/') && hashedSearchFile.test(url.pathname))) return 'immutable';
	return 'fresh';
}

/**
 * The key a copy is saved under: the address without query or fragment, so "?x=1" adds no second
 * copy of a page, and Pagefind's pagefind-entry.json (asked for with "?ts=" and the time, to skip
 * the HTTP cache) is found offline.
 */
export function cacheKey(url: string): string {
	const parsed = new URL(url);
	return parsed.origin + parsed.pathname;
}

/**
 * Only a complete answer from the site itself is saved: a 2xx status, from the site's origin
 * ("basic", not opaque or cross-origin), and not the end of a redirect (whose URL would be saved
 * under the address that redirected).
 */
export function isSaveable(response: { ok: boolean; type: string; redirected: boolean; url: string }, siteOrigin: string): boolean {
	return response.ok && response.type === 'basic' && !response.redirected && new URL(response.url).origin === siteOrigin;
}

/** The saved pages to drop, oldest first (`saved` in the order they were saved), to keep at most `max`. */
export function overflow<T>(saved: readonly T[], max: number): T[] {
	return saved.slice(0, Math.max(0, saved.length - max));
}

/** The names of this version's caches. The base is part of the name: sites under other paths of one origin share Cache Storage. */
export function cacheNames(base: string, version: string) {
	const prefix = cachePrefix(base);
	return { shell: `${prefix}${version}:shell`, pages: `${prefix}${version}:pages`, files: `${prefix}${version}:files` };
}

export const cachePrefix = (base: string) => `atlas:${base}:`;

/** Whether a cache belongs to this site but to another version (deleted when the new version takes over). */
export function isStale(name: string, base: string, version: string): boolean {
	return name.startsWith(cachePrefix(base)) && !Object.values(cacheNames(base, version)).includes(name);
}
