/**
 * Pages in a real browser: zero axe violations (WCAG 2.2 A and AA plus best practices), no
 * request to another origin, no Content-Security-Policy violation and no script error.
 * Every page of the build is swept once (375 px, light: the phone layout most beginners read
 * on, and the cheaper one to check); one page of each template is swept
 * at 1280 and 375 px in light and dark. Each page is its own test, with its own result.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, withPage, type PageOptions } from '../helpers/browser';
import { allRoutes, axeViolations, templatePages } from '../helpers/sweep';

afterAll(closeBrowser);

const routes = allRoutes();

async function sweep(route: string, options: PageOptions) {
	const notFound = route === '404';
	const found = await withPage(
		route ? `${route}${notFound ? '' : '/'}` : '',
		{ ...options, expectNotFound: notFound },
		async (page, watch) => ({
			violations: await axeViolations(page),
			heading: await page.locator('h1').first().textContent(),
			watch,
		}),
	);
	expect(found.heading?.trim(), 'the page has a visible main heading').toBeTruthy();
	expect(found.violations, found.violations.join('\n')).toEqual([]);
	expect(found.watch.foreignRequests).toEqual([]);
	expect(found.watch.cspViolations).toEqual([]);
	expect(found.watch.scriptErrors).toEqual([]);
}

describe('the build has pages to sweep', () => {
	it('finds every template among them', () => {
		expect(routes.length).toBeGreaterThan(50);
		for (const route of Object.values(templatePages)) expect(routes, `template page /${route}`).toContain(route);
	});
});

describe.concurrent('every page, at 375 px in the light theme', () => {
	it.each(routes)('/%s', (route) => sweep(route, { width: 375, theme: 'light' }));
});

const combos = [
	{ width: 1280, theme: 'light' },
	{ width: 1280, theme: 'dark' },
	{ width: 375, theme: 'dark' },
] as const;

describe.concurrent.each(Object.entries(templatePages))('the %s template (/%s)', (_template, route) => {
	it.each(combos)('at $width px, $theme theme', ({ width, theme }) => sweep(route, { width, theme }));
});
