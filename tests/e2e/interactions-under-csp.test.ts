/**
 * With the strict CSP enforced (every page carries it), what readers click still works and
 * breaks no policy: the theme switch, the mobile menu from the keyboard, and search; the
 * open search dialog also passes axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../helpers/browser';
import { axeTags } from '../helpers/sweep';

afterAll(closeBrowser);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Collects CSP violations reported by the browser on this page. */
function cspWatch(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

describe('under the Content-Security-Policy', () => {
	it('the theme switch changes the theme', async () => {
		const page = await openPage('/languages/go/');
		const violations = cspWatch(page);
		await page.locator('starlight-theme-select select').first().selectOption('dark');
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await page.reload();
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await page.locator('starlight-theme-select select').first().selectOption('light');
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
		expect(violations).toEqual([]);
		await page.context().close();
	});

	it('the mobile menu opens, is usable and closes with the keyboard alone', async () => {
		const page = await openPage('/languages/go/', { width: 375, height: 800 });
		const violations = cspWatch(page);
		const isOpen = () => page.locator('#starlight__sidebar').evaluate((element) => element.matches(':popover-open'));
		await page.locator('button[popovertarget="starlight__sidebar"]').focus();
		await page.keyboard.press('Enter');
		await expect(isOpen()).resolves.toBe(true);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => Boolean(document.activeElement?.closest('#starlight__sidebar')))).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(isOpen()).resolves.toBe(false);
		expect(violations).toEqual([]);
		await page.context().close();
	});

	it.each(['light', 'dark'] as const)('search returns results and the open dialog passes axe (%s)', async (theme) => {
		const page = await openPage('/', undefined, { colorScheme: theme });
		const violations = cspWatch(page);
		await page.waitForFunction(() => document.querySelector('#starlight__search input'));
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] input').fill('database');
		await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
		await page.evaluate(axeSource);
		const found = await page.evaluate(
			async (tags) =>
				// @ts-expect-error axe is injected above
				(await window.axe.run('dialog[open]', { runOnly: { type: 'tag', values: tags } })).violations.map((v) => `${v.id}: ${v.help}`),
			axeTags,
		);
		expect(found).toEqual([]);
		expect(violations).toEqual([]);
		await page.context().close();
	});
});
