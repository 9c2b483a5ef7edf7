/** Checks over the built site (dist/): what every reader gets on every page. */
import { describe, expect, it } from 'vitest';
import { factColumns } from '../../src/lib/fact-rows';
import { builtPage, builtPages } from '../helpers/dist';
import { loadPages, loadTechnologies } from '../helpers/content-pages';

const pages = builtPages();
const sources = loadPages();

describe('every built page', () => {
	it('exists for every content page', () => {
		const routes = new Set(pages.map((page) => page.route));
		const missing = sources.map((page) => (page.id === 'index' ? '' : page.id)).filter((route) => !routes.has(route) && route !== '404');
		expect(missing).toEqual([]);
		expect(routes.has('404')).toBe(true);
	});

	it.each(pages.map((page) => [page.file, page] as const))('%s has one h1 and a meta description', (_file, page) => {
		expect(page.dom.querySelectorAll('h1')).toHaveLength(1);
		const description = page.dom.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		expect(description.length).toBeGreaterThan(40);
	});
});

const technologies = loadTechnologies();

describe.each(technologies.map((page) => [page.id, page] as const))('technology page %s', (id, { data }) => {
	const page = builtPage(id);

	it('opens with its one-sentence summary', () => {
		expect(page.dom.querySelector('.atlas-lead')?.text.trim()).toBe(sources.find((source) => source.id === id)?.frontmatter['description']);
	});

	it('has a facts box with every fact of its kind, each linked to a dated source', () => {
		const box = page.dom.querySelector('section.atlas-facts');
		expect(box?.querySelector('h2')?.text).toBe('At a glance');
		const present = Object.keys(data.facts);
		const rows = box?.querySelectorAll('tr[data-fact]') ?? [];
		expect(rows.map((row) => row.getAttribute('data-fact'))).toEqual([
			...factColumns(data.kind)
				.map((column) => column.key)
				.filter((key) => present.includes(key)),
			'website',
		]);
		for (const row of rows.slice(0, -1)) {
			const link = row.querySelector('td:last-child a');
			expect(link?.getAttribute('href')).toMatch(/^https?:\/\//);
			expect(row.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('lists its related pages', () => {
		const links = page.dom.querySelectorAll('section.atlas-related ul a').map((link) => link.getAttribute('href'));
		expect(links).toHaveLength(data.related.length);
	});
});
