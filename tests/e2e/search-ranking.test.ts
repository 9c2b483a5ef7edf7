/**
 * Ranking on evidence: every query of the query set, run through Pagefind's own JavaScript
 * API on the served build. Fails below hit@1 of 85% or hit@3 of 100%.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from '../helpers/browser';
import { searchQueries } from './search-queries';
import { searchRanking } from '../../src/config/search-ranking';

afterAll(closeBrowser);

describe('search ranking', () => {
	it('puts the right page first for the query set', async () => {
		const page = await openPage('/');
		// Written as a string so the test runner does not rewrite its dynamic import.
		const results: Array<{ query: string; urls: string[] }> = await page.evaluate(`(async (queries) => {
			const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
			await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} }); // as the search dialog does
			await pagefind.init();
			const out = [];
			for (const query of queries) {
				const search = await pagefind.search(query);
				const top = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
				out.push({ query, urls: top.map((data) => data.url) });
			}
			return out;
		})(${JSON.stringify(searchQueries.map(([query]) => query))})`);

		const site = new URL(page.url()).pathname.replace(/[^/]*$/, '');
		const rows = results.map(({ query, urls }, index) => {
			const expected = `${site}${searchQueries[index]![1] === 'index' ? '' : `${searchQueries[index]![1]}/`}`;
			const rank = urls.indexOf(expected) + 1;
			return { query, expected, rank, got: urls[0] ?? '(nothing)' };
		});
		const hit1 = rows.filter((row) => row.rank === 1).length / rows.length;
		const hit3 = rows.filter((row) => row.rank >= 1).length / rows.length;
		const misses = rows.filter((row) => row.rank !== 1).map((row) => `  "${row.query}": rank ${row.rank || '>3'}, first was ${row.got}`);
		console.log(
			`search: ${rows.length} queries, hit@1 ${(hit1 * 100).toFixed(1)}%, hit@3 ${(hit3 * 100).toFixed(1)}%\n${misses.join('\n')}`,
		);
		expect(rows.length).toBeGreaterThanOrEqual(40);
		expect(hit1, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
		expect(hit3, misses.join('\n')).toBe(1);
	});
});
