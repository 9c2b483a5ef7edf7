/**
 * "One endpoint in eight stacks" in a real browser: every stack's sample without JavaScript,
 * and with it the stack tabs, remembered site-wide and opened by links from framework pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../helpers/browser';

afterAll(closeBrowser);

const path = '/start-here/order-endpoint/';
const stacks = ['Express', 'NestJS', 'FastAPI', 'Django', 'Spring Boot', 'Go', 'Laravel', 'Rails'];
const selectedTab = (page: Page) => page.locator('starlight-tabs[data-sync-key="stack"] [role="tab"][aria-selected="true"]').textContent();

describe('without JavaScript', () => {
	it('shows every stack’s sample, each under its heading, with its code', async () => {
		const page = await openPage(path, { javaScriptEnabled: false, width: 375, height: 800 });
		for (const stack of stacks) {
			const heading = page.getByRole('heading', { name: `Create an order in ${stack}` });
			await expect(heading.isVisible(), stack).resolves.toBe(true);
			const panel = page.locator('[role="tabpanel"]', { has: heading });
			await expect(panel.locator('.expressive-code').first().isVisible(), stack).resolves.toBe(true);
		}
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
	});
});

describe('the stack tabs', () => {
	it('show one stack at a time, and remember the chosen stack across a reload and on other pages', async () => {
		const page = await openPage(path);
		await page.getByRole('tab', { name: 'FastAPI' }).click();
		await expect(selectedTab(page)).resolves.toContain('FastAPI');
		await expect(page.getByRole('heading', { name: 'Create an order in FastAPI' }).isVisible()).resolves.toBe(true);
		await expect(page.getByRole('heading', { name: 'Create an order in Express' }).isVisible()).resolves.toBe(false);
		await page.reload();
		await expect(selectedTab(page)).resolves.toContain('FastAPI');
		await page.goto(new URL('../../frameworks/fastapi/', page.url()).href);
		await expect(page.evaluate(() => localStorage.getItem('starlight-synced-tabs__stack'))).resolves.toBe('FastAPI');
		await page.goBack();
		await page.goto(page.url());
		await expect(selectedTab(page)).resolves.toContain('FastAPI');
	});

	it('open at the stack a framework page links to', async () => {
		const page = await openPage('/frameworks/django/');
		await page.getByRole('main').getByRole('link', { name: 'One endpoint in eight stacks' }).click();
		await page.waitForURL(/\/start-here\/order-endpoint\/#create-an-order-in-django$/);
		await expect.poll(() => selectedTab(page)).toContain('Django');
		const heading = page.getByRole('heading', { name: 'Create an order in Django' });
		await expect(heading.isVisible()).resolves.toBe(true);
		await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(300);
		// The link chose Django, so Django is now the remembered stack.
		await expect(page.evaluate(() => localStorage.getItem('starlight-synced-tabs__stack'))).resolves.toBe('Django');
	});
});
