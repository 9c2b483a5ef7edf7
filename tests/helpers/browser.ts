import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

let browser: Browser | undefined;

/** The shared browser, connected once per test file. */
export async function sharedBrowser(): Promise<Browser> {
	browser ??= await chromium.connect(inject('browserWs'));
	return browser;
}

/**
 * A fresh page (its own context) at a size, opened on a path of the served site:
 * the root build, or with `{ subpath: true }` the build served under /backend-atlas/.
 */
export async function openPage(
	path: string,
	viewport = { width: 1280, height: 900 },
	{ subpath = false, colorScheme = 'light' as 'light' | 'dark' } = {},
): Promise<Page> {
	const site = inject(subpath ? 'subpathUrl' : 'siteUrl');
	if (!site) throw new Error('No build to test: run `npm test`, which builds the site first.');
	const context = await (await sharedBrowser()).newContext({ viewport, colorScheme });
	const page = await context.newPage();
	await page.goto(new URL(path.replace(/^\//, ''), site).href);
	return page;
}

export async function closeBrowser() {
	await browser?.close();
	browser = undefined;
}
