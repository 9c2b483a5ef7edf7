/** The search dialog, as readers use it: shortcuts, the keyboard alone, kinds, and a sub-path host. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../helpers/browser';

afterAll(closeBrowser);

const dialog = (page: Page) => page.locator('dialog[open]');
const input = (page: Page) => dialog(page).locator('input.pagefind-ui__search-input');
const firstResult = (page: Page) => dialog(page).locator('.pagefind-ui__result').first();
/** Waits until Pagefind's UI has loaded (it loads when the browser is idle). */
const ready = (page: Page) => page.waitForFunction(() => document.querySelector('#starlight__search input'));
/** Presses a shortcut and waits until the search box has the keyboard focus. */
async function openWith(page: Page, key: string) {
	await ready(page);
	await page.keyboard.press(key);
	await expect
		.poll(() =>
			input(page)
				.evaluate((element) => element === document.activeElement)
				.catch(() => false),
		)
		.toBe(true);
}

describe('the search dialog', () => {
	it('opens with Ctrl+K, with the cursor in the search box, and closes with Escape', async () => {
		const page = await openPage('/languages/python/');
		await openWith(page, 'Control+k');
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
	});

	it('opens with "/", but not while the reader types in a field', async () => {
		const page = await openPage('/compare/frameworks/');
		await ready(page);
		await page.getByLabel('Filter rows').focus();
		await page.keyboard.type('a/b');
		await expect(page.getByLabel('Filter rows').inputValue()).resolves.toBe('a/b');
		await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
		await page.locator('h1').click();
		await openWith(page, '/');
	});

	it('works with the keyboard alone: type, Tab to a result, Enter to open it', async () => {
		const page = await openPage('/');
		await openWith(page, '/');
		await page.keyboard.type('postgres');
		// A result shows placeholder dots until its data arrives: wait for the real title.
		await expect.poll(() => firstResult(page).locator('.pagefind-ui__result-title').first().textContent()).toContain('PostgreSQL');
		// Tab moves from the box through the clear button to the first result's link.
		for (let i = 0; i < 5; i += 1) {
			await page.keyboard.press('Tab');
			const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
			if (href?.includes('/databases/postgresql/')) break;
		}
		await Promise.all([page.waitForURL(/\/databases\/postgresql\//), page.keyboard.press('Enter')]);
		await expect(page.locator('h1').textContent()).resolves.toBe('PostgreSQL');
	});

	it('labels each result with its kind, and narrows results by kind', async () => {
		const page = await openPage('/');
		await openWith(page, '/');
		await page.keyboard.type('python');
		await expect.poll(() => firstResult(page).locator('.pagefind-ui__result-title').first().textContent()).toMatch(/^Python · Language/);
		await dialog(page).locator('summary', { hasText: 'Kind' }).click();
		await dialog(page)
			.getByLabel(/^Framework \(\d+\)$/)
			.check();
		const titles = () => dialog(page).locator('.pagefind-ui__result-title:not(.pagefind-ui__result-nested *)').allTextContents();
		await expect.poll(async () => (await titles()).every((title) => /· Framework$/.test(title.trim()))).toBe(true);
		expect((await titles()).map((title) => title.trim())).toEqual(expect.arrayContaining(['Django · Framework', 'FastAPI · Framework']));
	});

	it('works on a site served under a sub-path', async () => {
		const page = await openPage('/', { subpath: true });
		await openWith(page, 'Control+k');
		await page.keyboard.type('django');
		await expect.poll(() => firstResult(page).locator('a').first().getAttribute('href')).toMatch(/^\/backend-atlas\/frameworks\/django\/$/);
	});
});
