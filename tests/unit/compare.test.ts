import { describe, expect, it } from 'vitest';
import { comparableGroups, maxMembersForPairs, pairsOf, pairsWith, type Technology } from '../../src/lib/compare-groups';
import { groupTable, pairRows } from '../../src/lib/compare-rows';
import { fixtureSiteDir, loadTechnologies } from '../helpers/content-pages';

const fixtures: Technology[] = loadTechnologies(fixtureSiteDir);
const ferrum = fixtures.find((technology) => technology.id === 'languages/ferrum')!;
/** A second language: Ferrum under another name, with one fact changed. */
const cuprum: Technology = {
	id: 'languages/cuprum',
	data: {
		...ferrum.data,
		title: 'Cuprum',
		facts: { ...ferrum.data.facts, typing: { value: 'dynamic', source: 'spec' } },
	} as Technology['data'],
};
const titleOf = (id: string) => [...fixtures, cuprum].find((technology) => technology.id === id)?.data.title;

describe('comparableGroups', () => {
	it('keeps only groups with two or more members, sorted by name', () => {
		expect(comparableGroups(fixtures)).toEqual([]);
		const groups = comparableGroups([...fixtures, cuprum]);
		expect(groups.map((group) => group.slug)).toEqual(['languages']);
		expect(groups[0]?.members.map((member) => member.data.title)).toEqual(['Cuprum', 'Ferrum']);
	});
});

describe('pairsOf', () => {
	const languages = ['go', 'python', 'java', 'ruby'].map((name) => ({ ...cuprum, id: `languages/${name}` }));

	it('makes every pair once, in one canonical order', () => {
		const slugs = pairsOf(languages).map((pair) => pair.slug);
		expect(slugs).toHaveLength(6);
		expect(new Set(slugs).size).toBe(6);
		expect(slugs).toContain('go-vs-python');
		expect(slugs).not.toContain('python-vs-go');
		for (const slug of slugs) {
			const [a = '', b = ''] = slug.split('-vs-');
			expect(a.localeCompare(b)).toBeLessThan(0);
		}
	});

	it('never pairs across groups', () => {
		expect(pairsOf([...fixtures, cuprum]).map((pair) => pair.slug)).toEqual(['cuprum-vs-ferrum']);
	});

	it('lists a technology’s pairs with the other side', () => {
		const pairs = pairsOf(languages);
		expect(pairsWith('languages/java', pairs).map(({ slug, other }) => [slug, other.id])).toEqual([
			['go-vs-java', 'languages/go'],
			['java-vs-python', 'languages/python'],
			['java-vs-ruby', 'languages/ruby'],
		]);
	});

	it('skips pair pages for groups too large to read', () => {
		const many = Array.from({ length: maxMembersForPairs + 1 }, (_, i) => ({ ...cuprum, id: `languages/l${i}` }));
		expect(pairsOf(many)).toEqual([]);
		expect(comparableGroups(many)[0]?.members).toHaveLength(maxMembersForPairs + 1);
	});
});

describe('groupTable', () => {
	const [group] = comparableGroups([...fixtures, cuprum]);

	it('has a row per member and a column per fact, each cell sourced', () => {
		const table = groupTable(group!, group!.members, titleOf);
		expect(table.rows.map((row) => row.name)).toEqual(['Cuprum', 'Ferrum']);
		expect(table.columns.map((column) => column.key)).toContain('packageManager');
		for (const row of table.rows) {
			expect(row.cells).toHaveLength(table.columns.length);
			expect(row.cells.every((cell) => cell?.source.url)).toBe(true);
		}
		expect(table.rows.map((row) => row.facet)).toEqual(['Dynamic', 'Static']);
		expect(table.checked).toEqual({ oldest: '2026-11-21', newest: '2026-11-21' });
	});
});

describe('pairRows', () => {
	it('marks exactly the facts that differ', () => {
		const [pair] = pairsOf([...fixtures, cuprum]);
		const rows = pairRows(pair!, titleOf);
		expect(rows.filter((row) => row.differs).map((row) => row.key)).toEqual(['typing']);
		expect(rows.find((row) => row.key === 'typing')).toMatchObject({ a: { text: 'Dynamic' }, b: { text: 'Static' } });
	});
});
