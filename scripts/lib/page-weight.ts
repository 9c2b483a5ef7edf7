import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

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
	// No service worker: its install would fetch the offline page's shell beside the page, which is not the page's weight.
	const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const weight: PageWeight = { html: 0, css: 0, js: 0, files: 0 };
		const pending: Array<Promise<void>> = [];
		const count = (response: Response) => {
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
		};
		page.on('response', count);
		await page.goto(url, { waitUntil: 'networkidle' });
		// The search box is built when the browser is idle, with scripts of its own: wait for it,
		// then for the network to go quiet again, so those scripts are counted too.
		await page.waitForFunction(() => document.querySelector('#starlight__search input'));
		await page.waitForLoadState('networkidle');
		page.off('response', count); // nothing arrives after this point to be read from a closed page
		await Promise.all(pending);
		return weight;
	} finally {
		await context.close();
	}
}
