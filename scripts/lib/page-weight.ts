import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
	/** Gzipped bytes of the HTML document. */
	html: number;
	css: number;
	js: number;
	/** Files counted, for the report. */
	files: number;
}

/**
 * What a first visit to `url` downloads, by type, in gzipped bytes (level 9, as a host
 * would compress them). The search index (/pagefind/) is left out; everything else the page
 * loads before the network goes quiet, lazily loaded scripts included, is counted.
 */
export async function pageWeight(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<PageWeight> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const weight: PageWeight = { html: 0, css: 0, js: 0, files: 0 };
	const pending: Array<Promise<void>> = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (path.includes('/pagefind/') && !path.endsWith('/')) return;
		const type = response.request().resourceType();
		const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
		if (!key) return;
		pending.push(
			response.body().then((body) => {
				weight[key] += gzipSync(body, { level: 9 }).length;
				weight.files += 1;
			}),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300); // idle-time loads (search UI) start after the network first goes quiet
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return weight;
}
