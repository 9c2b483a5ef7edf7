import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/lib/content-hash';

describe('a page content hash (what "updated since you read it" compares)', () => {
	const page = 'A transaction saves several changes together, or none of them.\n\nIt is the database that keeps the promise.';

	it('is 12 hex characters and the same for the same words', () => {
		expect(contentHash(page)).toMatch(/^[0-9a-f]{12}$/);
		expect(contentHash(page)).toBe(contentHash(page));
	});

	it('ignores spacing, line breaks, punctuation and capitals', () => {
		expect(contentHash(page.replace(/\n\n/, ' ').replace(/,/g, '').toUpperCase())).toBe(contentHash(page));
	});

	it('changes when a word is changed, added or removed', () => {
		expect(contentHash(page.replace('several', 'many'))).not.toBe(contentHash(page));
		expect(contentHash(`${page} Always.`)).not.toBe(contentHash(page));
		expect(contentHash(page.replace('together, ', ''))).not.toBe(contentHash(page));
	});
});
