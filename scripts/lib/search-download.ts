import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** What one first search downloads from /pagefind/: bytes as a host sends them, and the files. */
export interface SearchDownload {
	bytes: number;
	files: Array<{ path: string; bytes: number }>;
}

/**
 * Pagefind's index, fragments and WebAssembly are gzip-compressed by Pagefind itself and served as
 * they are; its scripts and JSON are text that a host compresses. So text counts gzipped (level 9,
 * as in page-weight.ts) and the rest as stored.
 */
const isText = (path: string) => /\.(js|css|json)$/.test(path);

/** Opens the search dialog on the page at `url` (whose network is idle). */
export async function openSearchDialog(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('#starlight__search input'));
	await page.keyboard.press('Control+k');
	await page.locator('dialog[open] input.pagefind-ui__search-input').waitFor();
}

/** Everything a reader's first search for `query` downloads from /pagefind/, in a fresh browser context. */
export async function firstSearchDownload(browser: Browser, url: string, query: string): Promise<SearchDownload> {
	// No service worker: a search answered from its saved copies would not be a first search.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const pending: Array<Promise<{ path: string; bytes: number }>> = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			if (!path.includes('/pagefind/')) return;
			pending.push(response.body().then((body) => ({ path, bytes: isText(path) ? gzipSync(body, { level: 9 }).length : body.length })));
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await openSearchDialog(page);
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
		await page.waitForLoadState('networkidle');
		page.removeAllListeners('response');
		const files = await Promise.all(pending);
		return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
	} finally {
		await context.close();
	}
}
