/**
 * Offline reading, in the browser, through the real service worker: pages read and a search run
 * before still work with the network cut; a page never opened shows the offline page with links to
 * the saved ones; errors are never saved; a new deploy replaces the old caches; it works under the
 * sub-path; and "Save the whole guide" saves every page, by keyboard, with its progress shown.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static';
import { openSearchDialog } from '../../scripts/lib/search-download';
import { writeOfflineFiles } from '../../src/integrations/offline';
import type { OfflineList } from '../../src/lib/offline-plan';
import { closeBrowser, sharedBrowser } from '../helpers/browser';

afterAll(closeBrowser);

/** A fresh browser profile (its own service workers and caches), closed when `body` ends. */
async function inContext<T>(body: (context: BrowserContext, page: Page, cspViolations: string[]) => Promise<T>): Promise<T> {
	const context = await (await sharedBrowser()).newContext();
	const page = await context.newPage();
	const cspViolations: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	try {
		return await body(context, page, cspViolations);
	} finally {
		await context.close();
	}
}

/** Opens `url` and waits until the service worker controls the page. */
async function open(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The URL paths saved in this browser, in every cache. */
const savedPaths = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		return paths;
	});

const heading = (page: Page) => page.locator('h1').first().textContent();

async function search(page: Page, query: string) {
	await openSearchDialog(page);
	await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
	return page.locator('dialog[open] .pagefind-ui__result-title').first();
}

describe('offline after one visit', () => {
	const site = () => inject('siteUrl');

	it('reads the pages opened before and runs a search run before, with the network cut', async () => {
		await inContext(async (context, page, cspViolations) => {
			await open(page, site());
			for (const path of ['languages/python/', 'frameworks/django/']) await page.goto(new URL(path, site()).href);
			const result = await search(page, 'postgres');
			await expect.poll(() => result.textContent()).toContain('PostgreSQL');
			await expect.poll(async () => (await savedPaths(page)).filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(3);
			// The home page, loaded before the worker existed, is saved as it installs.
			await expect
				.poll(async () => await savedPaths(page))
				.toEqual(expect.arrayContaining(['/', '/languages/python/', '/frameworks/django/']));

			await context.setOffline(true);
			await page.goto(new URL('languages/python/', site()).href);
			await expect(heading(page)).resolves.toBe('Python');
			const again = await search(page, 'postgres');
			await expect.poll(() => again.textContent()).toContain('PostgreSQL');

			// A page never opened: the offline page, listing the saved ones by title.
			await page.goto(new URL('databases/redis/', site()).href);
			await expect(heading(page)).resolves.toBe('You are offline');
			expect(new URL(page.url()).pathname).toBe('/databases/redis/');
			const saved = page.locator('[data-offline-list] a');
			await expect.poll(() => saved.allTextContents()).toEqual(expect.arrayContaining(['Backend Atlas', 'Python', 'Django']));
			expect(await saved.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).not.toContain('/databases/redis/');
			expect(cspViolations).toEqual([]);
		});
	});

	it('never saves an error: a missing page answers 404 online, and the offline page offline', async () => {
		await inContext(async (context, page) => {
			await open(page, site());
			const missing = await page.goto(new URL('no-such-page/', site()).href);
			expect(missing?.status()).toBe(404);
			// A page visited after the 404 is saved: so the missing page had its chance to be saved too.
			await page.goto(new URL('apis/', site()).href);
			await expect.poll(async () => (await savedPaths(page)).includes('/apis/')).toBe(true);
			expect(await savedPaths(page)).not.toContain('/no-such-page/');
			await context.setOffline(true);
			await page.goto(new URL('no-such-page/', site()).href);
			await expect(heading(page)).resolves.toBe('You are offline');
		});
	});

	it('works under a sub-path, with the worker scoped to it', async () => {
		await inContext(async (context, page) => {
			const subpath = inject('subpathUrl');
			await open(page, subpath);
			expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(subpath);
			await page.goto(new URL('apis/rest/', subpath).href);
			await expect.poll(async () => await savedPaths(page)).toContain('/backend-atlas/apis/rest/');
			await context.setOffline(true);
			await page.goto(new URL('apis/rest/', subpath).href);
			await expect(heading(page)).resolves.toBe('REST');
			await page.goto(new URL('apis/graphql/', subpath).href);
			await expect(heading(page)).resolves.toBe('You are offline');
		});
	});
});

describe('a new deploy', () => {
	let copy: string | undefined;
	afterAll(async () => {
		if (copy) await rm(copy, { recursive: true, force: true });
	});

	it('takes over on the next visit and deletes the old build’s caches', async () => {
		// The new deploy: a copy of the build with a changed home page, its sw.js written by the same step as the build's.
		copy = await mkdtemp(join(tmpdir(), 'atlas-deploy-'));
		await cp(inject('distDir'), copy, { recursive: true });
		const home = join(copy, 'index.html');
		await writeFile(home, (await readFile(home, 'utf8')).replace('<h1', '<p id="new-deploy">A newer build.</p><h1'));
		await writeOfflineFiles(copy, '/', { siteTitle: 'Backend Atlas', offlinePage: 'offline/', required: true });
		const [oldWorker, newWorker] = await Promise.all([
			readFile(join(inject('distDir'), 'sw.js'), 'utf8'),
			readFile(join(copy, 'sw.js'), 'utf8'),
		]);
		const versionOf = (source: string) => /"version":"([0-9a-f]+)"/.exec(source)?.[1];
		expect(versionOf(newWorker)).not.toBe(versionOf(oldWorker));

		let served: { server: Server; url: string } = await serveStatic(inject('distDir'), 0, '/');
		const url = served.url;
		const stop = async () => {
			served.server.closeAllConnections();
			await new Promise((done) => served.server.close(done));
		};
		try {
			await inContext(async (_context, page) => {
				await open(page, url);
				await page.goto(new URL('languages/python/', url).href);
				await expect.poll(async () => (await page.evaluate(() => caches.keys())).join(' ')).toContain(`${versionOf(oldWorker)}:pages`);

				await stop();
				served = await serveStatic(copy!, Number(new URL(url).port), '/');
				await page.goto(url);
				await expect(page.locator('#new-deploy').count()).resolves.toBe(1);
				const versions = async () =>
					new Set(
						(await page.evaluate(() => caches.keys())).filter((name) => name.startsWith('atlas:/:')).map((name) => name.split(':')[2]),
					);
				await expect.poll(async () => [...(await versions())]).toEqual([versionOf(newWorker)]);
			});
		} finally {
			await stop();
		}
	});
});

describe('"Save the whole guide for offline"', () => {
	it('saves every page by keyboard, shows its progress, and the pages then open offline', { timeout: 300_000 }, async () => {
		await inContext(async (context, page) => {
			const site = inject('siteUrl');
			await open(page, site);
			const list = (await (await page.request.get(new URL('offline-pages.json', site).href)).json()) as OfflineList;
			const section = page.locator('[data-offline-save]');
			await expect.poll(() => section.isVisible()).toBe(true);
			// Every text the status line shows, in order.
			await page.evaluate(() => {
				const status = document.querySelector('[data-offline-save] [role="status"]')!;
				const seen: string[] = [];
				(window as unknown as { statusTexts: string[] }).statusTexts = seen;
				new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
					childList: true,
					characterData: true,
					subtree: true,
				});
			});
			await section.getByRole('button', { name: 'Save the whole guide for offline' }).focus();
			await page.keyboard.press('Enter');
			const status = section.locator('[role="status"]');
			// About 10 s on a quiet machine; far longer beside parallel builds on two cores.
			await expect.poll(() => status.textContent(), { timeout: 200_000 }).toMatch(/^Done: all \d+ pages/);
			const texts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
			expect(texts).toContain(`Saved 40 of ${list.pages.length} pages`);
			expect(await status.textContent()).toContain(`all ${list.pages.length} pages`);
			await expect(
				section
					.locator('progress')
					.evaluate((bar: HTMLProgressElement, pages) => bar.value === bar.max && bar.max > pages, list.pages.length),
			).resolves.toBe(true);

			const saved = new Set(await savedPaths(page));
			expect(list.pages.filter((entry) => !saved.has(new URL(entry.path, site).pathname))).toEqual([]);
			expect(list.files.filter((file) => !saved.has(file))).toEqual([]);
			const size = await page.evaluate(async () => {
				let bytes = 0;
				for (const name of await caches.keys())
					for (const request of await (await caches.open(name)).keys())
						bytes += (await (await caches.match(request))!.arrayBuffer()).byteLength;
				return { bytes, estimate: (await navigator.storage.estimate()).usage ?? 0 };
			});
			console.log(
				`saved the whole guide: ${list.pages.length} pages and ${list.files.length} files, ${(size.bytes / 1024 / 1024).toFixed(2)} MB of bodies, storage estimate ${(size.estimate / 1024 / 1024).toFixed(2)} MB`,
			);

			await context.setOffline(true);
			await page.goto(new URL('databases/redis/', site).href);
			await expect(heading(page)).resolves.toBe('Redis');
			const result = await search(page, 'kubernetes');
			await expect.poll(() => result.textContent()).toContain('Kubernetes');
		});
	});
});
