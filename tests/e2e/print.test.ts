/**
 * Printing a technology page (src/styles/print.css): the paper shows the article, its facts box
 * and its sources, and none of the site's chrome; an external link shows its address.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPdf } from '../../src/lib/pdf-reader';
import { closeBrowser, openPage, watchOf } from '../helpers/browser';

afterAll(closeBrowser);

/** Whether the first element matching `selector` takes up any room on the page. */
const shown = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const box = element.getBoundingClientRect();
			return getComputedStyle(element).visibility !== 'hidden' && box.width > 0 && box.height > 0;
		});

describe('printing a technology page', () => {
	it.each([1280, 375])('shows only the article, its facts box and its sources (%i px wide)', async (width) => {
		const page = await openPage('/frameworks/django/', { width });
		// Wait for the reader controls (they load after the page's load event), so the test sees them as a reader would.
		await page.waitForFunction(() => document.querySelector('[data-progress-toggle]:not([hidden])'));
		await expect(shown(page, '[data-progress-toggle]')).resolves.toBe(true);
		await page.emulateMedia({ media: 'print' });
		for (const chrome of [
			'header.header',
			'nav.sidebar',
			'site-search',
			'starlight-theme-select',
			'.right-sidebar-container',
			'.pagination-links',
			'.sl-skip-link',
			'.sl-menu-button',
			'[data-progress-toggle]',
		]) {
			await expect(shown(page, chrome), chrome).resolves.toBe(false);
		}
		for (const content of [
			'main h1',
			'.sl-markdown-content',
			'.atlas-facts',
			'.atlas-facts td[data-pagefind-ignore] a',
			'.expressive-code',
		]) {
			await expect(shown(page, content), content).resolves.toBe(true);
		}
		// The article spans the paper: nothing is left of the sidebar's column.
		const [article, viewport] = await page.evaluate(() => [document.querySelector('main')!.getBoundingClientRect().left, innerWidth]);
		expect(article).toBeLessThan(viewport * 0.1);
		expect(watchOf(page).cspViolations).toEqual([]);
	});

	it('prints the address after an external link, but not after an internal one', async () => {
		const page = await openPage('/frameworks/django/');
		await page.emulateMedia({ media: 'print' });
		const source = await page.locator('.atlas-facts td[data-pagefind-ignore] a').first().getAttribute('href');
		const internal = await page.locator('.sl-markdown-content a[href^="/"]').first().getAttribute('href');
		expect(source).toMatch(/^https:/);
		expect(internal).toMatch(/^\//);
		// Print it, as a reader would, and read the paper's text back (runs joined, as a wrapped address spans lines).
		const pdf = await openPdf(await page.pdf({ format: 'A4' }));
		const runs: string[] = [];
		for (let number = 1; number <= pdf.numPages; number++) {
			const content = await (await pdf.getPage(number)).getTextContent();
			for (const item of content.items) if ('str' in item) runs.push(item.str);
		}
		const paper = runs.join('');
		expect(paper).toContain(`<${source}>`);
		expect(paper).not.toContain(`<${internal}>`);
		expect(paper).toContain('At a glance');
		expect(paper).not.toMatch(/Skip to content|On this page|Mark this page as done|Previous/);
	});

	it('wraps long code lines instead of cutting them off', async () => {
		const page = await openPage('/frameworks/django/', { width: 375 });
		await page.emulateMedia({ media: 'print' });
		const cut = await page
			.locator('.expressive-code pre')
			.evaluateAll((blocks) => blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length);
		expect(cut).toBe(0);
	});
});
