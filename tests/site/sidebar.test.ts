/** The sidebar, on every page, lists every page of the guide in its section. */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { loadPages } from '../helpers/content-pages';

const expected = loadPages()
	.map((page) => page.id)
	.filter((id) => id !== 'index' && id !== '404')
	.map((id) => `/${id}/`)
	.sort();

describe('the sidebar', () => {
	it.each(
		builtPages()
			.filter((page) => page.dom.querySelector('#starlight__sidebar'))
			.map((page) => [page.file, page] as const),
	)('%s lists every content page and marks the current one', (_file, page) => {
		const links = page.dom.querySelectorAll('#starlight__sidebar a').map((link) => link.getAttribute('href') ?? '');
		expect(expected.filter((href) => !links.includes(href))).toEqual([]);
		const current = page.dom.querySelector('#starlight__sidebar a[aria-current="page"]')?.getAttribute('href');
		if (current) expect(`${page.route}/`.replace(/^\/?/, '/')).toBe(current);
	});
});
