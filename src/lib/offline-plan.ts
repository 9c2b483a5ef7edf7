import { createHash } from 'node:crypto';

/**
 * What the build tells the service worker, computed from the built files (src/integrations/offline.ts
 * reads them; tests/unit/offline.test.ts checks each function): the pages and files "Save the whole
 * guide" fetches, the small shell saved on install, and the version that changes with any file.
 */

/** The list "Save the whole guide" and the offline page read (written as offline-pages.json). */
export interface OfflineList {
	/** Every page: its URL path and its title. */
	pages: Array<{ path: string; title: string }>;
	/** What the pages load (scripts, styles, images) and the search index: saved too, so search works offline. */
	files: string[];
}

/** The page URL of a built HTML file ("a/b/index.html" → "<base>a/b/"), or undefined for the 404 page and non-pages. */
export function pagePath(file: string, base: string): string | undefined {
	if (file === '404.html' || !file.endsWith('.html')) return undefined;
	if (file === 'index.html') return base;
	return file.endsWith('/index.html') ? `${base}${file.slice(0, -'index.html'.length)}` : `${base}${file}`;
}

/**
 * Pagefind's files a search loads: its script, worker, WebAssembly, metadata and index chunks.
 * Its ready-made interfaces (pagefind-ui.js and the like) are left out: Starlight bundles its own.
 */
export function isSearchFile(file: string): boolean {
	if (!file.startsWith('pagefind/')) return false;
	const name = file.slice('pagefind/'.length);
	return (
		/^(?:index|fragment|filter)\//.test(name) ||
		/^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|.+\.pf_meta|wasm\..+\.pagefind)$/.test(name)
	);
}

/**
 * The list, from the built files (paths relative to the build folder, "/" separators) and each page's
 * title. The offline page is left out: the worker saves it when it installs.
 */
export function offlineList(files: readonly string[], titles: ReadonlyMap<string, string>, base: string, offlinePage: string): OfflineList {
	const sorted = [...files].sort();
	const pages = sorted.flatMap((file) => {
		const path = pagePath(file, base);
		return path && path !== offlinePage ? [{ path, title: titles.get(file) ?? path }] : [];
	});
	const assets = sorted.filter((file) => file.startsWith('_astro/') || isSearchFile(file)).map((file) => base + file);
	return { pages, files: assets };
}

/** A page's title without the guide's name ("Python | Backend Atlas" → "Python"). */
export function pageTitle(documentTitle: string, siteTitle: string): string {
	const suffix = ` | ${siteTitle}`;
	return documentTitle.endsWith(suffix) ? documentTitle.slice(0, -suffix.length) : documentTitle;
}

/**
 * The files a page loads from /_astro/, following imports between scripts: the `src` and `href`
 * attributes of its HTML, then every built file a loaded script names (Astro's code splitting
 * names each chunk it imports, e.g. "./reader-controls.Bp2vsVTi.js").
 */
export function loadedFiles(html: string, built: ReadonlyMap<string, string | undefined>, base: string): string[] {
	const prefix = `${base}_astro/`;
	const names = [...built.keys()];
	const found = new Set<string>();
	const queue: string[] = [];
	const add = (name: string) => {
		if (found.has(name) || !built.has(name)) return;
		found.add(name);
		queue.push(name);
	};
	for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
		const url = match[1] ?? '';
		if (url.startsWith(prefix)) add(url.slice(prefix.length));
	}
	for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
		const text = built.get(name);
		if (text === undefined) continue;
		for (const other of names) if (text.includes(`/${other}`) || text.includes(`"${other}"`) || text.includes(`'${other}'`)) add(other);
	}
	return [...found].sort().map((name) => prefix + name);
}

/** A short hash of every built file, by path and content: any change to the build changes it. */
export function buildVersion(files: ReadonlyArray<{ path: string; content: Uint8Array }>): string {
	const hash = createHash('sha256');
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		hash.update(file.path).update('\0').update(createHash('sha256').update(file.content).digest()).update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/** The most pages the worker keeps: room for the whole guide twice over (old pages are dropped first), and never under 500. */
export function pageCap(pageCount: number): number {
	return Math.max(500, 2 * pageCount);
}
