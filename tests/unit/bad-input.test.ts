/**
 * Bad input fails with one clear message: which file, which field, what was expected.
 * Each fixture in tests/fixtures/bad is the good Ferrum fixture with one thing broken.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatContentIssues } from '../../src/lib/content-errors';
import { brokenReferences } from '../../src/lib/references';
import { validatePageData } from '../../src/lib/validate-page';
import { loadPages, starlightKeys } from '../helpers/content-pages';

const bad = loadPages(join(import.meta.dirname, '..', 'fixtures', 'bad'));
const good = loadPages(join(import.meta.dirname, '..', 'fixtures', 'site'));
const fixture = (name: string) => {
	const page = bad.find((candidate) => candidate.id === name);
	if (!page) throw new Error(`no fixture ${name}`);
	return page;
};
const errorFor = (name: string) => {
	const page = fixture(name);
	try {
		validatePageData(page.file, page.frontmatter, starlightKeys);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error(`${name} was accepted`);
};

describe('a page with bad front-matter is rejected, naming file, field and expectation', () => {
	it.each([
		['wrong-type', 'facts.firstRelease.value', 'expected a year as a number'],
		['no-facts', 'facts', 'expected at least one fact, each with its source'],
		['unknown-kind', 'kind', 'expected kind to be one of: guide, concept, project, language, runtime, framework'],
		['fact-without-source', 'facts.license.source', 'expected the key of one of this page’s `sources`'],
		['source-without-date', 'sources.spec.checked', "expected the day the source was seen, written in quotes as 'YYYY-MM-DD'"],
		['unknown-source', 'facts.license.source', 'expected one of this page’s sources (spec), got "licence-page"'],
		['misspelt-field', 'relatd', 'expected no field of this name here (is it misspelt?)'],
		['without-added', 'added', "expected the day the page was first published, written in quotes as 'YYYY-MM-DD'"],
		['impossible-review-day', 'reviewed', `expected a real calendar day written 'YYYY-MM-DD', got "2026-02-30"`],
		[
			'reviewed-before-added',
			'reviewed',
			"expected a day on or after added ('2026-12-02'): a page is reviewed after it is published, got '2026-11-21'",
		],
	])('%s', (name, field, expected) => {
		const message = errorFor(name);
		expect(message).toContain(`tests/fixtures/bad/${name}.mdx`);
		expect(message).toContain(`${field}: `);
		expect(message).toContain(expected);
		expect(message.split('\n')).toHaveLength(2); // one problem, one line
	});

	it('accepts the good fixtures', () => {
		for (const page of good) expect(() => validatePageData(page.file, page.frontmatter, starlightKeys)).not.toThrow();
	});
});

describe('references to other pages', () => {
	const kinds = new Map(good.map((page) => [page.id, String(page.frontmatter['kind'])]));

	it('reports a related page that does not exist, with a suggestion', () => {
		const page = fixture('broken-reference');
		const data = validatePageData(page.file, page.frontmatter, starlightKeys);
		const issues = brokenReferences({ ...data, id: 'languages/ferrum' }, kinds);
		expect(formatContentIssues(page.file, issues)).toBe(
			'tests/fixtures/bad/broken-reference.mdx: 1 front-matter problem\n' +
				'  - related.0: expected the id of an existing page, got "frameworks/anvill"',
		);
	});

	it('reports a framework whose language is not a language page', () => {
		const issues = brokenReferences(
			{ id: 'frameworks/anvil', kind: 'framework', related: [], facts: { language: { value: 'frameworks/anvil' } } },
			kinds,
		);
		expect(issues).toEqual([{ field: 'facts.language.value', expected: 'expected a page other than this one, got "frameworks/anvil"' }]);
		const wrongKind = brokenReferences(
			{ id: 'frameworks/other', kind: 'framework', facts: { language: { value: 'frameworks/anvil' } } },
			kinds,
		);
		expect(wrongKind[0]?.expected).toBe('expected the id of a language page, got "frameworks/anvil", a framework page');
	});

	it('suggests the page a writer probably meant', () => {
		const issues = brokenReferences({ id: 'x', kind: 'guide', related: ['frameworks/ferrum'] }, kinds);
		expect(issues[0]?.expected).toContain('(did you mean "languages/ferrum"?)');
	});

	it('finds nothing wrong with the good fixtures', () => {
		for (const page of good) {
			const data = validatePageData(page.file, page.frontmatter, starlightKeys);
			expect(brokenReferences({ ...data, id: page.id }, kinds)).toEqual([]);
		}
	});
});

/** The good Ferrum fixture's front-matter with `change` applied, checked as its own file. */
const ferrumWith = (change: (data: Record<string, unknown>) => void) => {
	const page = good.find((candidate) => candidate.id === 'languages/ferrum');
	if (!page) throw new Error('no Ferrum fixture');
	const data = structuredClone(page.frontmatter);
	change(data);
	try {
		validatePageData('content/docs/languages/ferrum.mdx', data, starlightKeys);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the changed page was accepted');
};
const spec = (data: Record<string, unknown>) => (data['sources'] as Record<string, Record<string, unknown>>)['spec']!;
const facts = (data: Record<string, unknown>) => data['facts'] as Record<string, Record<string, unknown>>;

describe('bad values are echoed, with what to do', () => {
	it('an unquoted date (which YAML would roll over) asks for quotes', () => {
		expect(ferrumWith((data) => (spec(data)['checked'] = new Date('2026-03-02')))).toContain(
			"sources.spec.checked: expected the date in quotes, such as '2026-03-02'",
		);
	});
	it('an impossible day is refused', () => {
		expect(ferrumWith((data) => (spec(data)['checked'] = '2026-02-30'))).toContain(
			`sources.spec.checked: expected a real calendar day written 'YYYY-MM-DD', got "2026-02-30"`,
		);
	});
	it('a day in the future is refused', () => {
		expect(ferrumWith((data) => (spec(data)['checked'] = '2099-01-15'))).toMatch(
			/sources\.spec\.checked: expected the day the source was seen, which cannot be after today \(\d{4}-\d{2}-\d{2}\), got '2099-01-15'/,
		);
	});
	it.each(['javascript:alert(document.domain)', 'http://example.org/ferrum/spec/', 'example.org/spec'])(
		'a source URL that is not https (%s)',
		(url) => {
			expect(ferrumWith((data) => (spec(data)['url'] = url))).toContain(
				`sources.spec.url: expected the full https:// address of the source page, got ${JSON.stringify(url)}`,
			);
		},
	);
	it('an official site that is not https', () => {
		expect(ferrumWith((data) => (data['website'] = 'http://example.org/'))).toContain(
			'website: expected the full https:// address of the official site',
		);
	});
	it('a version YAML read as a number says to quote it', () => {
		expect(ferrumWith((data) => (facts(data)['latestVersion']!['value'] = 1.3))).toContain(
			"facts.latestVersion.value: expected a short text, got the number 1.3: put the value in quotes ('1.3')",
		);
	});
	it('a value outside a fixed set repeats what it got', () => {
		expect(ferrumWith((data) => (facts(data)['typing']!['value'] = 'strong'))).toMatch(
			/facts\.typing\.value: expected one of .*, got "strong"/,
		);
	});
	it('a review day in the future is refused, naming today', () => {
		expect(errorFor('future-review')).toMatch(
			/reviewed: expected the day a person last read the whole page against its sources, which cannot be after today \(\d{4}-\d{2}-\d{2}\), got '2099-01-15'/,
		);
	});
	it('an unquoted review day asks for quotes', () => {
		expect(ferrumWith((data) => (data['reviewed'] = new Date('2026-12-02')))).toContain(
			"reviewed: expected the date in quotes, such as '2026-12-02'",
		);
	});
	it('a missing reviewed day is reported with every other problem of the page, at once', () => {
		const message = ferrumWith((data) => {
			delete data['reviewed'];
			data['relatd'] = data['related'];
		});
		expect(message).toContain('2 front-matter problems');
		expect(message).toContain(
			"reviewed: expected the day a person last read the whole page against its sources, written in quotes as 'YYYY-MM-DD'",
		);
	});
	it('a review before the page was added is reported beside a wrong fact', () => {
		const message = ferrumWith((data) => {
			data['added'] = '2026-12-02';
			data['reviewed'] = '2026-11-21';
			facts(data)['latestVersion']!['value'] = 1.3;
		});
		expect(message).toContain('2 front-matter problems');
		expect(message).toContain("reviewed: expected a day on or after added ('2026-12-02')");
		expect(message).toContain('facts.latestVersion.value: expected a short text');
	});
	it('an unknown kind repeats what it got', () => {
		expect(ferrumWith((data) => (data['kind'] = 'langauge'))).toContain(
			'kind: expected kind to be one of: guide, concept, project, language',
		);
		expect(ferrumWith((data) => (data['kind'] = 'langauge'))).toContain('got "langauge"');
	});
});
