import type { Page } from 'playwright-core';
import { launchBrowser } from './launch-browser.ts';
import { firstSearchDownload, openSearchDialog } from './search-download.ts';

interface Timing {
	times: number[];
	median: number;
	min: number;
	max: number;
}

export interface SearchCost {
	/** Bytes fetched from /pagefind/ by the first query in a fresh browser (text gzipped; see search-download.ts). */
	coldBytes: number;
	coldFiles: number;
	/** Typing to first result, each query in a fresh page (Pagefind loads its script, WebAssembly and index first). */
	cold: Timing;
	/** Typing to first result, all queries one after another in one page. */
	warm: Timing;
}

const queries = [
	'django',
	'python',
	'postgres',
	'golang',
	'k8s',
	'docker',
	'orm',
	'json',
	'rest',
	'graphql',
	'transactions',
	'salary',
	'login',
	'spring',
	'node',
	'git',
	'aws',
	'containers',
	'first project',
	'nearest courier',
];

function timing(times: number[]): Timing {
	const sorted = [...times].sort((a, b) => a - b);
	const half = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
	return { times, median, min: sorted[0]!, max: sorted.at(-1)! };
}

async function openSearch(page: Page, site: string) {
	await page.goto(site, { waitUntil: 'networkidle' });
	await openSearchDialog(page);
}

/** Types `query` and returns the milliseconds until the first result is in the page, timed inside the page. */
function timeQuery(page: Page, query: string): Promise<number> {
	return page.locator('dialog[open] input.pagefind-ui__search-input').evaluate(
		(element, text) =>
			new Promise<number>((done) => {
				const field = element as HTMLInputElement;
				const results = document.getElementById('starlight__search')!;
				const previous = new Set(results.querySelectorAll('.pagefind-ui__result'));
				let started = 0;
				const observer = new MutationObserver(() => {
					const first = results.querySelector('.pagefind-ui__result');
					if (!first || previous.has(first)) return;
					observer.disconnect();
					done(performance.now() - started);
				});
				observer.observe(results, { childList: true, subtree: true });
				field.value = text;
				started = performance.now();
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
}

/** Search as a reader does, in the headless browser, on the site at `site` (no service worker: every search is a first visit's). */
export async function searchCost(site: string): Promise<SearchCost> {
	const { browser, close } = await launchBrowser();
	const first = await firstSearchDownload(browser, site, queries[0] ?? 'django');
	const cold: number[] = [];
	for (const query of queries) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await openSearch(page, site);
		cold.push(await timeQuery(page, query));
		await context.close();
	}
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await openSearch(page, site);
	await timeQuery(page, 'backend'); // loads Pagefind once
	const warm: number[] = [];
	for (const query of queries) {
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill('');
		warm.push(await timeQuery(page, query));
	}
	await context.close();
	await close();
	return { coldBytes: first.bytes, coldFiles: first.files.length, cold: timing(cold), warm: timing(warm) };
}
