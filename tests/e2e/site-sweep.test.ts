/**
 * Every page of the build, in a real browser, at 1280 and 375 pixels, in light and dark:
 * zero axe violations (WCAG 2.2 A and AA plus best practices), no request to another origin,
 * no Content-Security-Policy violation and no script error. No axe rule is turned off.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser } from '../helpers/browser';
import { allRoutes, inBatches, inspectPage, type PageReport } from '../helpers/sweep';

afterAll(closeBrowser);

const combos = [
	{ width: 1280, theme: 'light' },
	{ width: 1280, theme: 'dark' },
	{ width: 375, theme: 'light' },
	{ width: 375, theme: 'dark' },
] as const;

const describeReport = (reports: PageReport[], pick: (report: PageReport) => string[]) =>
	reports.flatMap((report) => pick(report).map((line) => `/${report.route} (${report.width}px ${report.theme}): ${line}`));

describe.each(combos)('every page at $width px, $theme theme', ({ width, theme }) => {
	let reports: PageReport[] = [];

	it('loads every page and runs axe on it', async () => {
		reports = await inBatches(allRoutes(), 3, (route) => inspectPage(route, width, theme));
		const count = (pick: (report: PageReport) => unknown[]) => reports.reduce((sum, report) => sum + pick(report).length, 0);
		console.log(
			`sweep ${width}px ${theme}: ${reports.length} pages, ${count((r) => r.violations)} axe violations, ` +
				`${count((r) => r.foreignRequests)} foreign requests, ${count((r) => r.cspViolations)} CSP violations`,
		);
		expect(reports.length).toBeGreaterThan(50);
	});

	it('has no accessibility violations', () => {
		const lines = describeReport(reports, (report) => report.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`));
		expect(lines, lines.join('\n')).toEqual([]);
	});

	it('requests nothing from another origin', () => {
		const lines = describeReport(reports, (report) => report.foreignRequests);
		expect(lines, lines.join('\n')).toEqual([]);
	});

	it('breaks no Content-Security-Policy rule and logs no script error', () => {
		const lines = describeReport(reports, (report) => [...report.cspViolations, ...report.consoleErrors]);
		expect(lines, lines.join('\n')).toEqual([]);
	});
});
