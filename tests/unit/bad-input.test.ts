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
		['missing-fact', 'facts.license', 'this fact is required'],
		['unknown-kind', 'kind', 'expected kind to be one of: guide, language, runtime, framework'],
		['fact-without-source', 'facts.license.source', 'expected the key of one of this page’s `sources`'],
		['source-without-date', 'sources.spec.checked', "expected the day the source was seen, written in quotes as 'YYYY-MM-DD'"],
		['unknown-source', 'facts.license.source', 'expected one of this page’s sources (spec), got "licence-page"'],
		['misspelt-field', 'relatd', 'expected no field of this name here (is it misspelt?)'],
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
