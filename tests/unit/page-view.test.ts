import { describe, expect, it } from 'vitest';
import { pageView, tableOfContents, type PageViewInput } from '../../src/lib/page-view';
import { comparableGroups, pairsOf } from '../../src/lib/compare-groups';
import { searchMeta } from '../../src/lib/search-meta';
import { anchors } from '../../src/lib/anchors';
import { fixtureSiteDir, loadPages, loadTechnologies } from '../helpers/content-pages';

const technologies = loadTechnologies(fixtureSiteDir);
const anvil = technologies.find((technology) => technology.id === 'frameworks/anvil')!;
const ferrum = technologies.find((technology) => technology.id === 'languages/ferrum')!;
/** A second framework, so the frameworks table and one pair exist. */
const forge = { id: 'frameworks/forge', data: { ...anvil.data, title: 'Forge' } };
const all = [...technologies, forge];
const summaries = new Map(
	[...loadPages(fixtureSiteDir).map((page) => ({ id: page.id, data: page.frontmatter })), ...all].map((page) => [
		page.id,
		{ title: String(page.data['title' as never]), description: String(page.data['description' as never]) },
	]),
);
const input = (id: string, data: PageViewInput['data']): PageViewInput => ({
	id,
	file: `content/docs/${id}.mdx`,
	data,
	hrefOf: (target) => `/base/${target}/`,
	summaries,
	groups: comparableGroups(all),
	pairs: pairsOf(all),
	search: searchMeta,
});

describe('pageView', () => {
	const view = pageView(input(anvil.id, anvil.data));

	it('opens a technology page with its summary and its facts, a fact naming a page linked to it', () => {
		expect(view.lead).toBe(anvil.data.description);
		expect(view.facts?.name).toBe('Anvil');
		expect(view.facts?.rows.find((row) => row.key === 'language')).toMatchObject({ text: 'Ferrum', href: '/base/languages/ferrum/' });
		expect(view.facts?.website.host).toBe(new URL(anvil.data.website).host.replace(/^www\./, ''));
	});

	it('lists related pages with their titles and summaries, and the page’s comparisons', () => {
		expect(view.related[0]).toEqual({ href: '/base/languages/ferrum/', ...summaries.get('languages/ferrum') });
		expect(view.comparisons).toEqual({
			table: { href: '/base/compare/frameworks/', title: 'Frameworks compared' },
			pairs: [{ href: '/base/compare/anvil-vs-forge/', title: 'vs Forge' }],
		});
	});

	it('gives search the kind’s label and filter, and shows a technology’s aliases', () => {
		expect(view.search).toMatchObject({ title: 'Anvil · Framework', filter: 'Framework', aliasesVisible: true });
		const guide = pageView(input('start-here/how-to-start', { title: 'How to start', kind: 'guide', aliases: ['begin'] } as never));
		expect(guide.search).toEqual({ title: 'How to start · Start here', filter: 'Guide', aliases: ['begin'], aliasesVisible: false });
		expect(guide.facts).toBeUndefined();
	});

	it('has no comparisons for a technology whose group has one member', () => {
		expect(pageView(input(ferrum.id, ferrum.data)).comparisons).toBeUndefined();
	});

	it('names the file and the missing page when a related page does not exist', () => {
		expect(() => pageView(input(anvil.id, { ...anvil.data, related: ['languages/nope'] }))).toThrow(
			'content/docs/frameworks/anvil.mdx: links to a page that does not exist: "languages/nope"',
		);
	});
});

describe('tableOfContents', () => {
	const items = [
		{ depth: 2, slug: '_top', text: 'Overview', children: [] },
		{ depth: 2, slug: 'what-it-is', text: 'What it is', children: [] },
	];

	it('puts "At a glance" after the overview and "Related pages" last, with the anchors the components use', () => {
		const slugs = tableOfContents(pageView(input(anvil.id, anvil.data)), items).map((item) => item.slug);
		expect(slugs).toEqual(['_top', anchors.atAGlance, 'what-it-is', anchors.relatedPages]);
	});

	it('adds nothing to a page with no facts and no related pages', () => {
		const guide = pageView(input('start-here/how-to-start', { title: 'How to start', kind: 'guide', related: [] } as never));
		expect(tableOfContents(guide, items)).toEqual(items);
	});
});

describe('Starlight’s own 404 page, the one page without a kind', () => {
	it('gets no search record and no sections', () => {
		const view = pageView(input('404', { title: '404', description: 'Page not found.' } as never));
		expect(view).toEqual({ related: [] });
	});
});
