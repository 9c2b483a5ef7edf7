import { inject, onTestFinished } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

let browser: Browser | undefined;

/** The shared browser (started once by tests/setup/e2e.ts), connected once per test file. */
export async function sharedBrowser(): Promise<Browser> {
	browser ??= await chromium.connect(inject('browserWs'));
	return browser;
}

export async function closeBrowser() {
	await browser?.close();
	browser = undefined;
}

/** What a page did while it was open: each list should stay empty on a healthy page. */
export interface PageWatch {
	/** Requests to any origin other than the served site's (the guide loads nothing from elsewhere). */
	foreignRequests: string[];
	/** Console messages reporting a Content-Security-Policy violation. */
	cspViolations: string[];
	/** Other console errors and uncaught exceptions. */
	scriptErrors: string[];
}

export interface PageOptions {
	width?: number;
	height?: number;
	theme?: 'light' | 'dark';
	/** Serve the build made under the sub-path /backend-atlas/ instead of the root build. */
	subpath?: boolean;
	javaScriptEnabled?: boolean;
	/** The page is expected to answer 404 (its own status line is then not a script error). */
	expectNotFound?: boolean;
}

/** The absolute URL of a path of the served site (root or sub-path build). */
function siteHref(path: string, subpath = false): string {
	const site = inject(subpath ? 'subpathUrl' : 'siteUrl');
	if (!site) throw new Error('No build to test: run `npm test` (or `npm run test:e2e`), which builds the site first.');
	return new URL(path.replace(/^\//, ''), site).href;
}

/**
 * Opens `path` in a fresh browser context, with every listener attached before navigation,
 * runs `body`, and always closes the context, whatever `body` does.
 */
export async function withPage<T>(path: string, options: PageOptions, body: (page: Page, watch: PageWatch) => Promise<T>): Promise<T> {
	const { page, watch } = await newWatchedPage(path, options);
	try {
		return await body(page, watch);
	} finally {
		await page.context().close();
	}
}

const watches = new WeakMap<Page, PageWatch>();

/**
 * Opens `path` in a fresh browser context, listeners attached before navigation. The context
 * closes when the current test finishes, passed or failed. `watchOf(page)` reads what it saw.
 */
export async function openPage(path: string, options: PageOptions = {}): Promise<Page> {
	const { page, watch } = await newWatchedPage(path, options);
	onTestFinished(() => page.context().close());
	watches.set(page, watch);
	return page;
}

/** The requests, CSP violations and script errors of a page opened with `openPage`. */
export function watchOf(page: Page): PageWatch {
	const watch = watches.get(page);
	if (!watch) throw new Error('watchOf: this page was not opened with openPage');
	return watch;
}

async function newWatchedPage(path: string, options: PageOptions): Promise<{ page: Page; watch: PageWatch }> {
	const { width = 1280, height = 900, theme = 'light', subpath = false, javaScriptEnabled = true, expectNotFound = false } = options;
	const href = siteHref(path, subpath);
	const contextOptions: BrowserContextOptions = { viewport: { width, height }, colorScheme: theme, javaScriptEnabled };
	const context = await (await sharedBrowser()).newContext(contextOptions);
	try {
		const page = await context.newPage();
		const watch = watchPage(page, new URL(href).origin, expectNotFound);
		await page.goto(href, { waitUntil: 'load' });
		return { page, watch };
	} catch (error) {
		await context.close();
		throw error;
	}
}

function watchPage(page: Page, origin: string, expectNotFound: boolean): PageWatch {
	const watch: PageWatch = { foreignRequests: [], cspViolations: [], scriptErrors: [] };
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watch.foreignRequests.push(request.url());
	});
	page.on('pageerror', (error) => watch.scriptErrors.push(error.message));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		if (/Content Security Policy/i.test(text)) watch.cspViolations.push(text);
		else if (!(expectNotFound && /status of 404/.test(text))) watch.scriptErrors.push(text);
	});
	return watch;
}
