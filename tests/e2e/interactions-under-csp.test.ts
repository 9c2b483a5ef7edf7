/**
 * With the strict CSP enforced (every page carries it), what readers click still works and
 * breaks no policy: the theme switch, the mobile menu from the keyboard, and search; the
 * open search dialog also passes axe.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage, watchOf } from '../helpers/browser';
import { axeViolations } from '../helpers/sweep';

afterAll(closeBrowser);

describe('under the Content-Security-Policy', () => {
	it('the theme switch changes the theme', async () => {
		const page = await openPage('/languages/go/');
		const violations = watchOf(page).cspViolations;
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await page.reload();
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await page.locator('starlight-theme-select select').first().selectOption('light');
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
		expect(violations).toEqual([]);
	});

	it('the mobile menu opens, is usable and closes with the keyboard alone', async () => {
		const page = await openPage('/languages/go/', { width: 375, height: 800 });
		const violations = watchOf(page).cspViolations;
		const isOpen = () => page.locator('#starlight__sidebar').evaluate((element) => element.matches(':popover-open'));
		await page.locator('button[popovertarget="starlight__sidebar"]').focus();
		await page.keyboard.press('Enter');
		await expect(isOpen()).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => Boolean(document.activeElement?.closest('#starlight__sidebar')))).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(isOpen()).resolves.toBe(false);
		expect(violations).toEqual([]);
	});

	it.each(['light', 'dark'] as const)('search returns results and the open dialog passes axe (%s)', async (theme) => {
		const page = await openPage('/', { theme });
		const violations = watchOf(page).cspViolations;
		await page.waitForFunction(() => document.querySelector('#starlight__search input'));
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input').fill('database');
		await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
		const found = await axeViolations(page, ['dialog[open]']);
		expect(found).toEqual([]);
		expect(violations).toEqual([]);
	});
});
