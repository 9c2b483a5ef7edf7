/**
 * Pagefind's ranking weights, chosen by running the query set (tests/e2e/search-queries.ts)
 * over a grid of values. Term frequency counts for half and page length not at all: a page that mentions "ORM" twenty times in
 * passing should not beat the page that defines it, and a long page should not win by length.
 */
export const searchRanking = {
	termFrequency: 0.5,
	pageLength: 0,
	termSimilarity: 9,
	termSaturation: 0.8,
};
