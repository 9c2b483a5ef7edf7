/**
 * The "Order Now" walkthrough in a real browser: the list without JavaScript, the diagram and
 * the step-through (buttons, arrow keys, scrolling). Its endpoint samples have their own page
 * (order-endpoint.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/sweep';

afterAll(closeBrowser);

const path = '/start-here/order-now/';
const current = (page: Page) => page.locator('[data-wt-step][aria-current="step"]').getAttribute('data-wt-step');
const highlighted = (page: Page) => page.locator('[data-wt-node].is-current').getAttribute('data-wt-node');
const live = (page: Page) => page.locator('[data-wt-live]').textContent();
/** Scrolls as a reader does, bringing an element to the middle of the screen. */
const toMiddle = (element: Element) => scrollBy(0, element.getBoundingClientRect().top - innerHeight * 0.45);
/** Opens the walkthrough scrolled to its first step, with the highlight settled there. */
async function openAtFirstStep(viewport: { width?: number; height?: number } = {}) {
	const page = await openPage(path, viewport);
	await page.locator('#step-send-request').evaluate(toMiddle);
	// Let the browser report the scroll (intersection callbacks come with the next frames).
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
	await expect.poll(() => current(page)).toBe('send-request');
	return page;
}

describe('without JavaScript', () => {
	it('the walkthrough is a complete ordered list', async () => {
		const page = await openPage(path, { javaScriptEnabled: false, width: 375, height: 800 });
		const items = page.locator('ol.wt-steps > li');
		await expect(items.count()).resolves.toBe(11);
		await expect(items.first().textContent()).resolves.toMatch(
			/The phone sends the order[\s\S]*What happens[\s\S]*Involved[\s\S]*Read step 1 in full/,
		);
		await expect(items.last().textContent()).resolves.toContain('The answer travels back to your phone');
		await expect(page.locator('[data-wt-controls]').isVisible()).resolves.toBe(false);
		await expect(page.locator('svg.wt-diagram').isVisible()).resolves.toBe(true);
	});
});

describe('the diagram', () => {
	it('is an inline SVG picture named by its title, with real text for every step', async () => {
		const page = await openPage(path);
		const svg = page.getByRole('img', { name: /Diagram of the 11 steps of one order/ });
		await expect(svg.count()).resolves.toBe(1);
		await expect(svg.evaluate((element) => element.tagName.toLowerCase())).resolves.toBe('svg');
		const labels = await page.locator('svg.wt-diagram [data-wt-node] text.wt-label').allTextContents();
		expect(labels).toHaveLength(11);
		expect(labels[0]).toBe('App sends the order');
		await expect(page.locator('svg.wt-diagram image, img[src$=".svg"].wt-diagram').count()).resolves.toBe(0);
	});

	it('follows the theme: dark boxes in the dark theme, light ones in the light theme', async () => {
		const fills: Record<string, string> = {};
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await openPage(path, { theme: colorScheme });
			fills[colorScheme] = await page.locator('[data-wt-node="check-order"] .wt-box').evaluate((box) => getComputedStyle(box).fill);
			const text = await page.locator('[data-wt-node="check-order"] .wt-label').evaluate((label) => getComputedStyle(label).fill);
			expect(text, colorScheme).not.toBe(fills[colorScheme]);
		}
		const lightness = (rgb = '') => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
		expect(lightness(fills['light'])).toBeGreaterThan(lightness(fills['dark']));
	});

	it('fits a 375-pixel phone screen without sideways scrolling', async () => {
		const page = await openPage(path, { width: 375, height: 800 });
		const box = await page.locator('svg.wt-diagram').boundingBox();
		expect(box?.width).toBeGreaterThan(250);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
	});
});

describe('the step-through', () => {
	it('moves with the Next and Previous buttons, highlighting the step in the list and the diagram and announcing it', async () => {
		const page = await openAtFirstStep();
		await expect(page.locator('[data-wt-controls]').isVisible()).resolves.toBe(true);
		await expect.poll(() => current(page)).toBe('send-request');
		await expect.poll(() => highlighted(page)).toBe('send-request');
		await expect(page.getByRole('button', { name: 'Previous' }).getAttribute('aria-disabled')).resolves.toBe('true');
		await page.getByRole('button', { name: 'Next' }).click();
		await expect.poll(() => current(page)).toBe('front-door');
		await expect.poll(() => highlighted(page)).toBe('front-door');
		await expect.poll(() => live(page)).toBe('Step 2 of 11: The front door receives it. Gateway and load balancer.');
		await page.getByRole('button', { name: 'Next' }).click();
		// Step 3 first, then back: on a busy machine a second click can land before the first is drawn.
		await expect.poll(() => live(page)).toMatch(/^Step 3 of 11: /);
		await page.getByRole('button', { name: 'Previous' }).click();
		await expect.poll(() => current(page)).toBe('front-door');
		await expect(page.locator('[data-wt-status]').textContent()).resolves.toBe('Step 2 of 11: The front door receives it');
	});

	it('moves with the arrow keys, and stops at the last step', async () => {
		const page = await openAtFirstStep();
		await page.getByRole('button', { name: 'Next' }).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => current(page)).toBe('who-you-are');
		await expect.poll(() => highlighted(page)).toBe('who-you-are');
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => current(page)).toBe('front-door');
		for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => current(page)).toBe('response');
		await expect(page.getByRole('button', { name: 'Next' }).getAttribute('aria-disabled')).resolves.toBe('true');
		await expect(live(page)).resolves.toContain('Step 11 of 11');
	});

	it('moves to a step clicked in the diagram, and then with the arrow keys while nothing has focus', async () => {
		const page = await openAtFirstStep();
		await page.locator('[data-wt-node="check-order"]').click();
		await expect.poll(() => current(page)).toBe('check-order');
		await expect(live(page)).resolves.toContain('Step 4 of 11');
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => current(page)).toBe('bill');
		await expect.poll(() => highlighted(page)).toBe('bill');
	});

	it('follows scrolling, through the list and through the full sections below it', async () => {
		const page = await openPage(path);
		await page.locator('#step-bill').evaluate(toMiddle);
		await expect.poll(() => current(page)).toBe('bill');
		await expect.poll(() => highlighted(page)).toBe('bill');
		await page.locator('[id="9-the-restaurant-hears-about-the-order"]').evaluate(toMiddle);
		await expect.poll(() => current(page)).toBe('restaurant');
	});

	it('works on a phone: the buttons stay on screen while the list scrolls', async () => {
		const page = await openAtFirstStep({ width: 375, height: 800 });
		const next = page.getByRole('button', { name: 'Next' });
		for (let i = 0; i < 4; i++) await next.click();
		await expect.poll(() => current(page)).toBe('bill');
		const box = await next.boundingBox();
		expect(box?.y).toBeGreaterThanOrEqual(0);
		expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
		// The page scrolls (smoothly) to the step.
		await expect.poll(async () => (await page.locator('#step-bill').boundingBox())?.y ?? 9999).toBeLessThan(800);
	});

	it('has no accessibility violations once a step is chosen (axe)', async () => {
		// The site sweep runs axe on this page at both widths and in both themes as it loads; this
		// checks the step-through's state after a step is chosen (current step, live region).
		const page = await openPage(path, { width: 375, height: 800, theme: 'dark' });
		await page.getByRole('button', { name: 'Next' }).click();
		await expect.poll(() => live(page)).toContain('Step 2 of 11');
		expect(await axeViolations(page, ['atlas-walkthrough'])).toEqual([]);
	});
});
