/** The guide is linked as a whole: no page hangs from the sidebar alone. */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { loadPages, loadTechnologies } from '../helpers/content-pages';
import { isKind } from '../../src/schemas/page';

const routeOf = (id: string) => (id === 'index' ? '' : id);
/** Links inside each page's main content (the sidebar, header and footer are left out). */
const mainLinks = new Map(
	builtPages().map((page) => [
		page.route,
		new Set(
			page.dom
				.querySelectorAll('main a[href]')
				.map((link) => (link.getAttribute('href') ?? '').split('#')[0]!)
				.filter((href) => href.startsWith('/'))
				.map((href) => href.replace(/^\/|\/$/g, '')),
		),
	]),
);

describe('links between pages', () => {
	it('reach every content page from the body of another page', () => {
		const orphans = loadPages()
			.map((page) => routeOf(page.id))
			// The 404 and offline pages stand in for a page the reader asked for; nothing links to them.
			.filter((route) => route !== '' && route !== '404' && route !== 'offline')
			.filter((route) => ![...mainLinks].some(([from, links]) => from !== route && links.has(route)));
		expect(orphans, `reachable only from the sidebar: ${orphans.join(', ')}`).toEqual([]);
	});

	it('run from every framework to its language and from every language to its frameworks', () => {
		const missing: string[] = [];
		for (const technology of loadTechnologies()) {
			const { data } = technology;
			if (!isKind('framework')(data)) continue;
			const language = data.facts.language?.value;
			if (!language) {
				missing.push(`${technology.id} states no language`);
				continue;
			}
			if (!mainLinks.get(technology.id)?.has(language)) missing.push(`${technology.id} → ${language}`);
			if (!mainLinks.get(language)?.has(technology.id)) missing.push(`${language} → ${technology.id}`);
		}
		expect(missing).toEqual([]);
	});

	it('give every page but the home page a link to another page in its body', () => {
		const deadEnds = [...mainLinks].filter(([route, links]) => route !== '404' && links.size === 0).map(([route]) => route);
		expect(deadEnds).toEqual([]);
	});
});
