/** The sidebar, on every page, lists every page of the guide in its section. */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { loadPages } from '../helpers/content-pages';

const expected = loadPages()
	.map((page) => page.id)
	// The 404 and offline pages are what a reader gets instead of the page they asked for, not pages to browse to.
	.filter((id) => id !== 'index' && id !== '404' && id !== 'offline')
	.map((id) => `/${id}/`)
	.sort();

describe('the sidebar', () => {
	it.each(
		builtPages()
			.filter((page) => page.dom.querySelector('#starlight__sidebar'))
			.map((page) => [page.file, page] as const),
	)('%s lists every content page and marks the current one, if it is listed', (_file, page) => {
		const links = page.dom.querySelectorAll('#starlight__sidebar a').map((link) => link.getAttribute('href') ?? '');
		expect(expected.filter((href) => !links.includes(href))).toEqual([]);
		const here = `/${page.route}/`.replace(/^\/\/$/, '/');
		const current = page.dom.querySelectorAll('#starlight__sidebar a[aria-current="page"]').map((link) => link.getAttribute('href'));
		// A page the sidebar lists is marked as the current one; a page it does not list (a pair page) marks nothing.
		expect(current).toEqual(links.includes(here) ? [here] : []);
	});
});
