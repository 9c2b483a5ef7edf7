/** Problems that only show across pages: shared titles and aliases, and pages outside their kind's folder. */
import { describe, expect, it } from 'vitest';
import { pageConflicts, type PageIdentity } from '../../src/lib/page-conflicts';

const page = (id: string, kind: string, title: string, aliases: string[] = []): PageIdentity => ({
	id,
	file: `content/docs/${id}.mdx`,
	kind,
	title,
	aliases,
});
const python = page('languages/python', 'language', 'Python', ['py']);
const go = page('languages/go', 'language', 'Go', ['golang']);

describe('pageConflicts', () => {
	it('finds nothing wrong with pages that each have their own names, in their own folders', () => {
		expect(pageConflicts([python, go, page('start-here/why', 'guide', 'Why learn?', ['why backend'])])).toEqual(new Map());
	});

	it('reports a title two pages share on both pages, naming the other', () => {
		const copy = page('languages/python-copy', 'language', 'python');
		const problems = pageConflicts([python, copy]);
		expect(problems.get(copy.file)?.[0]?.expected).toBe(
			`expected a title no other page has, got "python" (also the title of ${python.file})`,
		);
		expect(problems.get(python.file)?.[0]?.field).toBe('title');
	});

	it('reports an alias that is another page’s title where the alias is written, and an alias two pages share on both', () => {
		const java = page('languages/java', 'language', 'Java', ['jvm', 'golang', 'Python']);
		const problems = pageConflicts([python, go, java]);
		expect(problems.get(java.file)).toHaveLength(2);
		expect(problems.get(java.file)).toEqual(
			expect.arrayContaining([
				{ field: 'aliases.1', expected: `expected a name no other page uses, got "golang" (also the alias of ${go.file})` },
				{ field: 'aliases.2', expected: `expected a name no other page uses, got "Python" (also the title of ${python.file})` },
			]),
		);
		expect(problems.get(go.file)).toEqual([
			{ field: 'aliases.0', expected: `expected a name no other page uses, got "golang" (also the alias of ${java.file})` },
		]);
		expect(problems.has(python.file)).toBe(false);
	});

	it('reports a technology page outside its kind’s folder; guide pages may live anywhere', () => {
		const stray = page('databases/rust', 'language', 'Rust');
		expect(pageConflicts([stray, page('databases', 'guide', 'Databases')]).get(stray.file)).toEqual([
			{ field: 'kind', expected: 'a language page belongs in languages/, got one in databases/' },
		]);
	});
});
