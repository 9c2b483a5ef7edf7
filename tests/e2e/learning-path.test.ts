/**
 * The learning path page as a reader uses it: every page of the path listed in order, in text,
 * with its picture; a stack's own path at its own address; every page's place ("Read first",
 * "Read next"); all of it readable at 375 px and without JavaScript. (Axe runs on it in both
 * themes and both widths in site-sweep.test.ts; progress in progress.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from '../helpers/browser';
import { loadPages } from '../helpers/content-pages';

afterAll(closeBrowser);

/** Every page the path must list: each content page not marked as a reference page. */
const pathPages = loadPages().filter((page) => page.frontmatter['level'] !== 'reference');

describe('the learning path page', () => {
	it('lists every page of the path once, in order, under numbered stages, even without JavaScript', async () => {
		const page = await openPage('/learning-path/', { javaScriptEnabled: false });
		const stages = await page.locator('main h2[id^="stage-"]').allTextContents();
		expect(stages.map((text) => text.trim())).toEqual(['1. Start here', '2. First steps', '3. Next steps']);
		const items = await page
			.locator('main [data-progress-item]')
			.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-progress-item')));
		expect(items).toHaveLength(pathPages.length);
		expect(new Set(items)).toEqual(new Set(pathPages.map((entry) => entry.id)));
		expect(items[0]).toBe('start-here/what-is-the-backend');
		// The numbering carries on from stage to stage: 1 … n.
		const starts = await page.locator('main ol.path-list').evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
		expect(starts[0]).toBe(1);
		expect(starts.at(-1)).toBeGreaterThan(40);
	});

	it('draws the same path as a picture with a name and a description, fitting a phone screen', async () => {
		const page = await openPage('/learning-path/', { width: 375, height: 800 });
		const svg = page.getByRole('img', { name: /The learning path: \d+ pages in order/ });
		await expect(svg.count()).resolves.toBe(1);
		await expect(page.locator('svg.path-diagram .path-node').count()).resolves.toBe(pathPages.length);
		await expect(page.locator('svg.path-diagram desc').textContent()).resolves.toMatch(/pages in 3 stages/);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
	});

	it('shows one stack at its own address: Python keeps Django and leaves JavaScript out', async () => {
		const page = await openPage('/learning-path/');
		await page.locator('.path-stacks').getByRole('link', { name: 'Python', exact: true }).click();
		await page.waitForURL(/\/learning-path\/python\/$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('Python');
		await expect(page.locator('.path-stacks a[aria-current="page"]').textContent()).resolves.toBe('Python');
		const items = await page
			.locator('main [data-progress-item]')
			.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-progress-item')));
		expect(items).toContain('frameworks/django');
		expect(items).toContain('concepts/http');
		expect(items).not.toContain('languages/javascript');
		expect(items).not.toContain('frameworks/express');
		expect(items.length).toBeLessThan(pathPages.length);
	});
});

describe("a page's place on the path", () => {
	it('says what to read first near the top and what to read next at the end', async () => {
		const page = await openPage('/concepts/storing-passwords/', { javaScriptEnabled: false });
		const top = page.locator('.atlas-path');
		await expect(top.textContent()).resolves.toMatch(
			/First steps · about \d+ minutes to read and try · page \d+ of \d+ on the learning path/,
		);
		await expect(top.getByRole('link', { name: 'Authentication: proving who you are' }).count()).resolves.toBe(1);
		const end = page.getByRole('region', { name: 'Read next' });
		await expect(end.getByRole('link').count()).resolves.toBeGreaterThan(1);
		await expect(end.getByRole('button').isVisible()).resolves.toBe(false);
	});

	it('links the path from the home page and from the sidebar', async () => {
		const page = await openPage('/');
		await expect(page.locator('main a[href$="/learning-path/"]').count()).resolves.toBeGreaterThan(0);
		const other = await openPage('/concepts/http/');
		await expect(other.locator('#starlight__sidebar a[href$="/learning-path/"]').textContent()).resolves.toContain('Your learning path');
	});
});
