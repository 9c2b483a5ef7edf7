import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { sharedBrowser } from './browser';
import { builtPages } from './dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rules, plus axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface PageReport {
	route: string;
	width: number;
	theme: 'light' | 'dark';
	violations: Array<{ id: string; impact: string | null; help: string; targets: string[] }>;
	foreignRequests: string[];
	cspViolations: string[];
	consoleErrors: string[];
}

/** Every route of the build, as a URL path ("" for the home page). */
export function allRoutes(): string[] {
	return builtPages().map((page) => page.route).sort();
}

/**
 * Opens one page as a reader would, records every request to another origin, every CSP
 * violation and console error, then runs axe over it.
 */
export async function inspectPage(route: string, width: number, theme: 'light' | 'dark'): Promise<PageReport> {
	const site = new URL(inject('siteUrl'));
	const context = await (await sharedBrowser()).newContext({ viewport: { width, height: 900 }, colorScheme: theme });
	const page: Page = await context.newPage();
	const report: PageReport = { route, width, theme, violations: [], foreignRequests: [], cspViolations: [], consoleErrors: [] };
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.origin) report.foreignRequests.push(request.url());
	});
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (/Content Security Policy/i.test(message.text())) report.cspViolations.push(message.text());
		else if (!/Failed to load resource: the server responded with a status of 404/.test(message.text()) || route !== '404') {
			report.consoleErrors.push(message.text());
		}
	});
	await page.goto(new URL(route ? `${route}/` : '', site).href, { waitUntil: 'load' });
	await page.evaluate(axeSource);
	const results = await page.evaluate(
		async (tags) =>
			// @ts-expect-error axe is injected into the page above
			(await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(
				(violation: { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }) => ({
					id: violation.id,
					impact: violation.impact,
					help: violation.help,
					targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
				}),
			),
		axeTags,
	);
	report.violations = results;
	await context.close();
	return report;
}

/** Runs `task` over `items` with at most `limit` running at once. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: limit }, async () => {
			while (next < items.length) {
				const index = next++;
				results[index] = await task(items[index]!);
			}
		}),
	);
	return results;
}
