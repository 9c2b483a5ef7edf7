/**
 * Valid HTML: html-validate over every built page, zero errors.
 *
 * Rules turned off, and why:
 * - require-sri: integrity hashes guard files from other origins; every script and stylesheet
 *   here is the site's own, and the CSP allows no other origin.
 * - no-implicit-button-type: Starlight's own buttons have no type; none sits in a form, so the
 *   default changes nothing.
 * - unique-landmark: Starlight renders "On this page" twice (desktop and mobile), one hidden at
 *   any width; axe's landmark-unique rule, which knows what is visible, passes.
 * - heading-level: Starlight's "On this page" <h2> comes before the page's <h1> in source order;
 *   within <main> headings start at <h1>, and axe's heading-order rule passes.
 * Code blocks are rendered by Expressive Code, which puts a <div> per line inside <code> and
 * names its copy button with `title`. Messages located inside an `.expressive-code` block are
 * counted and reported but do not fail; every rule stays on for the rest of the page.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

const validator = new HtmlValidate({
	extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
	rules: {
		'require-sri': 'off',
		'no-implicit-button-type': 'off',
		'unique-landmark': 'off',
		'heading-level': 'off',
	},
});

const pages = builtPages();

describe('valid HTML', () => {
	it.each(pages.map((page) => [page.file, page] as const))('%s', async (file, page) => {
		const codeRanges = page.dom.querySelectorAll('.expressive-code').map((element) => element.range);
		const report = await validator.validateString(page.html, file);
		const messages = report.results.flatMap((result) => result.messages);
		const own = messages.filter((message) => !codeRanges.some(([start, end]) => message.offset >= start && message.offset < end));
		const lines = own.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		expect(lines, lines.join('\n')).toEqual([]);
	});
});
