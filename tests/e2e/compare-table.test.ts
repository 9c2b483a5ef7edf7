/** The comparison table in a real browser: sorting and filtering, with the mouse and with the keyboard alone. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../helpers/browser';

afterAll(closeBrowser);

const names = (page: Page) => page.locator('tbody tr:not([hidden]) th[scope="row"]').allTextContents();
const column = (page: Page, index: number) =>
	page
		.locator('tbody tr:not([hidden])')
		.evaluateAll((rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index);

describe('the frameworks table', () => {
	it('sorts by a column with the mouse, announcing the order', async () => {
		const page = await openPage('/compare/frameworks/');
		const header = page.locator('thead th', { hasText: 'First release' });
		await header.getByRole('button').click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
		const years = (await column(page, 1)).map((text) => Number(text.slice(0, 4)));
		expect(years).toEqual([...years].sort((a, b) => a - b));
		await header.getByRole('button').click();
		await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
		const down = (await column(page, 1)).map((text) => Number(text.slice(0, 4)));
		expect(down).toEqual([...down].sort((a, b) => b - a));
		await expect(page.getByRole('status').textContent()).resolves.toContain('Sorted by First release, descending');
	});

	it('sorts with the keyboard alone', async () => {
		const page = await openPage('/compare/frameworks/');
		const button = page.locator('thead th', { hasText: 'Name' }).getByRole('button');
		await button.focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		const sorted = await names(page);
		expect(sorted).toEqual([...sorted].sort((a, b) => b.localeCompare(a)));
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('First release');
	});

	it('filters rows by text and by language', async () => {
		const page = await openPage('/compare/frameworks/');
		await page.getByLabel('Filter rows').fill('micro');
		const micro = await names(page);
		expect(micro.length).toBeGreaterThan(0);
		expect(micro.length).toBeLessThan(7);
		await page.getByLabel('Filter rows').fill('');
		await page.getByLabel('Language').selectOption('Python');
		expect((await names(page)).sort()).toEqual(['Django', 'FastAPI']);
		await expect(page.getByRole('status').textContent()).resolves.toMatch(/Showing 2 of \d+ rows/);
	});

	it('filters with the keyboard alone', async () => {
		const page = await openPage('/compare/frameworks/');
		await page.getByLabel('Filter rows').focus();
		await page.keyboard.type('ruby');
		expect(await names(page)).toEqual(['Ruby on Rails']);
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Tab'); // to the language select
		await page.keyboard.press('ArrowDown'); // "All" → the first language, C#
		expect(await names(page)).toEqual(['ASP.NET Core']);
	});
});
