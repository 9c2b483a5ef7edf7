import AxeBuilder from '@axe-core/playwright';
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
	technology: 'languages/python',
	'compare index': 'compare',
	'compare table': 'compare/languages',
	'pair page': 'compare/go-vs-python',
	'not found': '404',
} as const;

/** axe's violations on the page (or inside `selectors`), one line each: rule, impact, help and where. */
export async function axeViolations(page: Page, selectors: readonly string[] = []): Promise<string[]> {
	let builder = new AxeBuilder({ page })
		.withTags(axeTags)
		.options({ resultTypes: ['violations'] })
		// One axe.run in the page: the guide has no iframes, so axe's cross-frame mode (which opens a
		// second page per check) would only add time.
		.setLegacyMode(true);
	for (const selector of selectors) builder = builder.include(selector);
	const { violations } = await builder.analyze();
	return violations.map(
		(violation) =>
			`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} at ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')}`,
	);
}
