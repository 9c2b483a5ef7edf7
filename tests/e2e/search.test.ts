/** The reader's first minute: the home page loads, and search finds a technology by name. */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, watchOf } from '../helpers/browser';

afterAll(closeBrowser);

describe('in a real browser', () => {
	it('the home page loads with its title and no script errors', async () => {
		const page = await openPage('/');
		await expect(page.title()).resolves.toContain('Backend Atlas');
		await expect(page.locator('h1').first().textContent()).resolves.toBe('Backend Atlas');
		expect(watchOf(page).scriptErrors).toEqual([]);
	});

	it('typing "django" in the search dialog shows the Django page first', async () => {
		const page = await openPage('/');
		await page.getByRole('button', { name: 'Search' }).first().click();
		const dialog = page.getByRole('dialog');
		await dialog.locator('input.pagefind-ui__search-input').fill('django');
		const first = dialog.locator('.pagefind-ui__result').first();
		await first.waitFor();
		await expect(first.locator('.pagefind-ui__result-title').first().textContent()).resolves.toContain('Django');
		await expect(first.locator('a').first().getAttribute('href')).resolves.toMatch(/\/frameworks\/django\/$/);
	});
});
