/**
 * The service worker: the guide works offline after one visit. Bundled into <base>sw.js by
 * src/integrations/offline.ts, which puts the build's OFFLINE_CONFIG in front of it.
 *
 * A new deploy changes sw.js (its version is a hash of the built files). The new worker takes
 * over at once (skipWaiting + clients.claim) and deletes the old version's caches: pages are
 * fetched network first, so an open page of the old build gains nothing from the old worker,
 * while waiting would keep the old worker for as long as any tab of the guide stays open.
 */
import { cacheNames, isSaveable, isStale, overflow, cacheKey, saveHeader, strategyFor, type OfflineConfig } from './policy';

declare const OFFLINE_CONFIG: OfflineConfig;

/** The parts of the service worker scope this file uses (the DOM types the project compiles with lack them). */
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
	readonly location: Location;
	skipWaiting(): Promise<void>;
	readonly clients: {
		claim(): Promise<void>;
		matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<ReadonlyArray<{ readonly url: string }>>;
	};
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const config = OFFLINE_CONFIG;
const origin = worker.location.origin;
const names = cacheNames(config.base, config.version);

worker.addEventListener('install', (event) => {
	// The offline page and the list are fetched fresh, so they match this build; the rest carry a hash
	// of their content in their name, so the copy the page just loaded (in the HTTP cache) is the same.
	const request = (path: string) => new Request(path, { cache: path.startsWith(`${config.base}_astro/`) ? 'default' : 'reload' });
	const shell = caches.open(names.shell).then((cache) => cache.addAll(config.shell.map(request)));
	event.waitUntil(Promise.all([shell, saveOpenPages()]).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
	const cleared = caches
		.keys()
		.then((keys) => Promise.all(keys.filter((name) => isStale(name, config.base, config.version)).map((name) => caches.delete(name))));
	event.waitUntil(cleared.then(() => worker.clients.claim()));
});

worker.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, origin, config.base);
	if (strategy === 'pass') return;
	const answer = strategy === 'page' ? page : strategy === 'immutable' ? savedFirst : networkFirst;
	// "Save the whole guide" (src/scripts/offline-save.ts) asks for each file with this header, and gets
	// the answer once the copy is saved, so its count is exact. Readers get the answer at once and the
	// copy is written alongside.
	const keep: Keep = event.request.headers.has(saveHeader)
		? (saving) => saving
		: (saving) => {
				event.waitUntil(saving);
				return Promise.resolve();
			};
	event.respondWith(answer(event.request, keep));
});

type Keep = (saving: Promise<void>) => Promise<void>;

/** Saves a copy of `response` if it is saveable; a page past the cap drops the pages saved longest ago. */
async function save(cacheName: string, key: string, response: Response): Promise<void> {
	if (!isSaveable(response, origin)) return;
	const cache = await caches.open(cacheName);
	await cache.put(key, response);
	if (cacheName !== names.pages) return;
	const saved = await cache.keys();
	await Promise.all(overflow(saved, config.maxPages).map((request) => cache.delete(request)));
}

async function page(request: Request, keep: Keep): Promise<Response> {
	const key = cacheKey(request.url);
	try {
		const response = await fetch(request);
		await keep(save(names.pages, key, response.clone()));
		return response;
	} catch (error) {
		const saved = (await caches.match(key)) ?? (request.mode === 'navigate' ? await caches.match(config.offlinePage) : undefined);
		if (saved) return saved;
		throw error;
	}
}

async function savedFirst(request: Request, keep: Keep): Promise<Response> {
	const key = cacheKey(request.url);
	const saved = await caches.match(key);
	if (saved) return saved;
	const response = await fetch(request);
	await keep(save(names.files, key, response.clone()));
	return response;
}

async function networkFirst(request: Request, keep: Keep): Promise<Response> {
	const key = cacheKey(request.url);
	try {
		const response = await fetch(request);
		await keep(save(names.files, key, response.clone()));
		return response;
	} catch (error) {
		const saved = await caches.match(key);
		if (saved) return saved;
		throw error;
	}
}

/**
 * The pages open while the worker installs were loaded without it (on a first visit, the page that
 * registered it): saved now, so the first page a reader opens is kept too. A page that cannot be
 * fetched is skipped; it is saved the next time it is opened.
 */
async function saveOpenPages(): Promise<void> {
	const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const pages = open
		.map((client) => client.url)
		.filter((url) => strategyFor({ url, method: 'GET', mode: 'navigate' }, origin, config.base) === 'page');
	await Promise.all(
		pages.map(async (url) => {
			const key = cacheKey(url);
			// The copy the page just loaded is in the HTTP cache: taken from there, not downloaded again.
			const response = await fetch(key, { cache: 'force-cache' }).catch(() => undefined);
			if (response) await save(names.pages, key, response);
		}),
	);
}
