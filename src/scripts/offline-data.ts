/** What the two offline controls share: the build's list of pages and files, and where copies are kept. */
import type { OfflineList } from '../lib/offline-plan';
import { cachePrefix } from '../offline/policy';

export async function fetchList(listUrl: string): Promise<OfflineList> {
	const response = await fetch(listUrl, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${listUrl} answered ${response.status}`);
	return (await response.json()) as OfflineList;
}

/** The URL paths of the pages saved in this browser for the site at `base`. */
export async function savedPaths(base: string): Promise<Set<string>> {
	const names = (await caches.keys()).filter((name) => name.startsWith(cachePrefix(base)) && name.endsWith(':pages'));
	const paths = new Set<string>();
	for (const name of names) for (const request of await (await caches.open(name)).keys()) paths.add(new URL(request.url).pathname);
	return paths;
}
