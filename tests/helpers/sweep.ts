import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { builtPages } from './dist';

/** The WCAG 2.2 A and AA rules, plus axe's best practices. No rule is turned off. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Every route of the build, as a URL path ("" for the home page). */
export function allRoutes(): string[] {
	return builtPages()
		.map((page) => page.route)
		.sort();
}

/**
 * One representative page of each template, swept at both widths and in both themes (every
 * other page is swept once). Section overviews and the glossary are guide pages. A template with no page in the build fails the sweep, so a
 * renamed page cannot silently drop a template from the check.
 */
export const templatePages = {
	home: '',
	guide: 'start-here/what-is-the-backend',
	walkthrough: 'start-here/order-now',
	'code samples in tabs': 'start-here/order-endpoint',
	technology: 'languages/python',
	'compare index': 'compare',
	'compare table': 'compare/languages',
	'pair page': 'compare/go-vs-python',
	'learning path': 'learning-path',
	// Coloured change labels on every entry: checked in the dark theme too.
	"what's new": 'whats-new',
	'not found': '404',
} as const;

/**
 * axe-core itself, read once. @axe-core/playwright wraps the same engine, but evaluates its
 * 0.5 MB source twice per page (once to probe, once per frame): measured here, that added
 * about 1 s to every page, which across every page of the sweep costs more than the suite's
 * whole time budget allows. The guide has no iframes, so one injection per page is enough.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: Array<{ target: string[] }>;
}

/** axe's violations on the page (or inside `selectors`), one line each: rule, impact, help and where. */
export async function axeViolations(page: Page, selectors: readonly string[] = []): Promise<string[]> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(
		async ({ tags, include }) => {
			const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
				.axe;
			const context = include.length ? { include: include.map((selector) => [selector]) } : document;
			return (await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
		},
		{ tags: axeTags, include: [...selectors] },
	);
	return violations.map(
		(violation) =>
			`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')}`,
	);
}
