import { describe, expect, it } from 'vitest';
import { maxListedPages, sectionItems } from '../../src/lib/sidebar-items';

describe('sectionItems', () => {
	const pages = [
		{ id: 'databases/postgresql', title: 'PostgreSQL' },
		{ id: 'databases', title: 'Databases', order: 0 },
		{ id: 'databases/mysql', title: 'MySQL' },
		{ id: 'databases/draft', title: 'Draft', hidden: true },
		{ id: 'apis/rest', title: 'REST' },
	];

	it('lists a folder’s pages: ordered ones first, then by title, hidden ones left out', () => {
		expect(sectionItems(pages, 'databases')).toEqual([
			{ slug: 'databases' },
			{ slug: 'databases/mysql' },
			{ slug: 'databases/postgresql' },
		]);
		expect(sectionItems(pages, 'apis')).toEqual([{ slug: 'apis/rest' }]);
		expect(sectionItems(pages, 'cloud')).toEqual([]);
	});

	it('lists only the overview of a section too large to list', () => {
		const many = Array.from({ length: maxListedPages + 1 }, (_, i) => ({ id: `languages/l${i}`, title: `L${i}` }));
		expect(sectionItems(many, 'languages')).toEqual([]);
		expect(sectionItems([...many, { id: 'languages', title: 'Languages' }], 'languages')).toEqual([{ slug: 'languages' }]);
	});
});
