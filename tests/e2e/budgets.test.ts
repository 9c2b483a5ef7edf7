/**
 * Byte budgets for the pages readers open first, in gzipped bytes of a first visit
 * (search index excluded), and of a first search, measured the way `npm run bench` measures them. Bytes are
 * deterministic, so these are tests; timings live in BENCHMARKS.md.
 *
 * The CSS + JS budget is plain Starlight's first visit (46.8 KB, measured by the benchmark on a
 * synthetic page) plus the 12 KB the benchmark issue allows. HTML budgets sit a little above
 * today's sizes, so growth is a decision rather than an accident.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight';
import { firstSearchDownload } from '../../scripts/lib/search-download';
import { closeBrowser, sharedBrowser } from '../helpers/browser';

afterAll(closeBrowser);

const KB = 1024;
const plainStarlightCssJs = 46.8 * KB;
const cssJsBudget = plainStarlightCssJs + 12 * KB;

const budgets = [
	// 8.0 KB before issue 17. The link to the whole-guide PDF, with its size and page count, added 0.1 KB; the
	// share card's tags in every head (og:image, its width, height and alt, twitter:image) 46 B; the "Save the
	// whole guide for offline" section 0.2 KB.
	{ page: 'home', path: '', html: 8.5 * KB },
	// Its four self-check questions, every choice explained and readable without JavaScript, added 2 KB (13.6 → 15.6 KB).
	{ page: 'a technology page', path: 'frameworks/django/', html: 16.5 * KB },
	{ page: 'a compare page', path: 'compare/frameworks/', html: 12 * KB },
	// The endpoint samples moved to their own page: the walkthrough went from 41 KB to 21 KB.
	{ page: 'the walkthrough', path: 'start-here/order-now/', html: 23 * KB },
	{ page: 'the endpoint in eight stacks', path: 'start-here/order-endpoint/', html: 34 * KB },
] as const;

describe.each(budgets)('$page', ({ path, html }) => {
	it(`stays within its budget: HTML ≤ ${html / KB} KB, CSS + JS ≤ ${(cssJsBudget / KB).toFixed(1)} KB`, async () => {
		const weight = await pageWeight(await sharedBrowser(), new URL(path, inject('siteUrl')).href);
		console.log(
			`budget /${path}: HTML ${(weight.html / KB).toFixed(1)} KB, CSS ${(weight.css / KB).toFixed(1)} KB, JS ${(weight.js / KB).toFixed(1)} KB`,
		);
		expect(weight.html).toBeLessThanOrEqual(html);
		expect(weight.css + weight.js).toBeLessThanOrEqual(cssJsBudget);
		expect(weight.css + weight.js).toBeGreaterThan(10 * KB); // the measurement saw the stylesheets and scripts
	});
});

/**
 * A reader's first search downloads Pagefind's script, worker, WebAssembly, one index chunk per
 * word range the query touches, and the fragments of the results shown. Text files count gzipped.
 */
const searchBudget = 150 * KB;

describe('a first search', () => {
	it.each(['django', 'transactions', 'k8s', 'login'])(
		`for "%s" downloads at most ${searchBudget / KB} KB from /pagefind/`,
		async (query) => {
			const download = await firstSearchDownload(await sharedBrowser(), inject('siteUrl'), query);
			console.log(`first search "${query}": ${(download.bytes / KB).toFixed(1)} KB in ${download.files.length} files`);
			expect(download.files.some((file) => file.path.endsWith('.pf_index'))).toBe(true); // it saw the index load
			expect(download.files.some((file) => file.path.endsWith('.pf_fragment'))).toBe(true); // and a result
			expect(download.bytes).toBeLessThanOrEqual(searchBudget);
		},
	);
});
