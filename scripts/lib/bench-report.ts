/**
 * The benchmark's figures and the BENCHMARKS.md report written from them (scripts/bench.ts runs
 * the measurements).
 */
import type { PageWeight } from './page-weight.ts';
import type { LighthouseResult } from '../bench/lighthouse.ts';
import type { SearchCost } from './search-cost.ts';

export interface Stat {
	median: number;
	min: number;
	max: number;
}
export const stat = (values: number[]): Stat => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
	return { median, min: sorted[0]!, max: sorted.at(-1)! };
};

export interface SizeResult {
	pages: number;
	ours: { seconds: Stat; msPerPage: Stat; peakMb: Stat };
	plain: { seconds: Stat; msPerPage: Stat; peakMb: Stat };
	overhead: number;
}

export interface WeightRow {
	page: string;
	ours: PageWeight;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * The cost of each page added between two sizes (difference of median seconds ÷ pages added),
 * ours against plain: the per-page cost without the start-up work both builds do once.
 */
export function marginal(scaling: readonly SizeResult[]): string {
	const lines = scaling.slice(1).map((size, index) => {
		const before = scaling[index]!;
		const added = size.pages - before.pages;
		const ours = ((size.ours.seconds.median - before.ours.seconds.median) * 1000) / added;
		const plain = ((size.plain.seconds.median - before.plain.seconds.median) * 1000) / added;
		return `  - ${before.pages} → ${size.pages} pages: ours ${ours.toFixed(1)} ms, plain ${plain.toFixed(1)} ms, ratio **${(ours / plain).toFixed(2)}**`;
	});
	return ['- **Cost of each page added** (median seconds between two sizes ÷ pages added):', ...lines].join('\n');
}
const fmt = (value: Stat, digits = 1) => `${value.median.toFixed(digits)} (${value.min.toFixed(digits)}–${value.max.toFixed(digits)})`;

export function report(r: {
	date: string;
	hardware: { cpu: string; cores: number; memoryGb: number; node: string };
	runs: number;
	scaling: SizeResult[];
	growth: number;
	weight: { rows: WeightRow[]; plain: PageWeight; oursSynthetic: PageWeight };
	weightTargets: {
		cssJsAbovePlainKb: Array<{ page: string; kb: number }>;
		htmlRatio: Array<{ page: string; ratio: number }>;
		syntheticCssJsAbovePlainKb: number;
		syntheticHtmlRatio: number;
	};
	search: SearchCost;
	lighthouse: LighthouseResult[];
	buildSeconds: number;
	seconds: number;
}): string {
	const w = r.weight;
	const line = (name: string, value: PageWeight) =>
		`| ${name} | ${kb(value.html)} | ${kb(value.css)} | ${kb(value.js)} | ${kb(value.css + value.js)} |`;
	return `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts) on ${r.date}, on ${r.hardware.cores} × ${r.hardware.cpu},
${r.hardware.memoryGb} GiB, Node ${r.hardware.node}. The whole run takes ${(r.seconds / 60).toFixed(1)} minutes, ${(r.buildSeconds / 60).toFixed(1)} of them building.
Figures are medians of ${r.runs} runs at every size, with the minimum and maximum in brackets.
The same numbers are in \`benchmarks.json\`.

## Method

- **Synthetic pages** (scripts/lib/synthetic-pages.ts): technology pages of about 800 words of
  prose with five sections, a table, a code block and links to other pages, valid against the
  guide's schema. They are built by this project (\`ATLAS_CONTENT_DIR\`) and, in the same run, by a
  minimal Starlight site (default config and schema, no custom components or plugins). The two
  builds alternate which goes first, and each starts from an empty cache and output folder.
- **Wall time** is the whole \`astro build\`, search indexing included. **Peak memory** is the
  build process's maximum resident set (Pagefind's indexer runs as a separate process and is not in it).
- **Page weight** is what a first visit downloads in a headless Chromium until the network is quiet,
  each file gzipped at level 9; the search index (\`/pagefind/\`) is left out. The plain Starlight page
  is a synthetic page built by plain Starlight; our synthetic page is the same page built by us.
- **Search cost** is measured on the real site through the search dialog: bytes fetched from
  \`/pagefind/\` by a first query in a fresh browser, and the time from the input event to the first
  result in the page (timed inside the page), for 20 queries cold and 20 warm.
- **Lighthouse** ${r.lighthouse[0]?.version ?? ''} runs with its default mobile settings in the same headless Chromium, on the
  site served gzip-compressed as a static host serves it (its simulated network counts the bytes it receives).

## Build cost and scaling

| Pages | Ours: seconds | Ours: ms per page | Ours: peak MB | Plain: seconds | Plain: ms per page | Plain: peak MB | Ours ÷ plain (ms per page) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${r.scaling.map((s) => `| ${s.pages} | ${fmt(s.ours.seconds)} | ${fmt(s.ours.msPerPage)} | ${fmt(s.ours.peakMb, 0)} | ${fmt(s.plain.seconds)} | ${fmt(s.plain.msPerPage)} | ${fmt(s.plain.peakMb, 0)} | ${s.overhead.toFixed(2)} |`).join('\n')}

- **Growth** (ms per page at ${r.scaling.at(-1)!.pages} ÷ ms per page at ${r.scaling[0]!.pages}): **${r.growth.toFixed(2)}** (target ≤ 1.3).
- **Overhead against plain Starlight** at ${r.scaling.at(-1)!.pages} pages: **${r.scaling.at(-1)!.overhead.toFixed(2)}** (target ≤ 1.25).

${marginal(r.scaling)}

Why the ratio falls as pages are added: plain Starlight's default sidebar lists every page on
every page, so each page costs more as the site grows (its HTML alone grows with the page count).
This project lists at most 50 pages per sidebar section (\`src/lib/sidebar-items.ts\`), so its cost
per page stays flat. At the smallest size the whole-build ratio mostly measures start-up work that
does not grow with the pages (the larger client bundle, the CSP step, the learning path pages);
the cost of each page added is the second list above.

## Page weight (KB, gzipped, first visit, search index excluded)

| Page | HTML | CSS | JS | CSS + JS |
| --- | --- | --- | --- | --- |
${w.rows.map((row) => line(row.page, row.ours)).join('\n')}
${line('Synthetic page, ours', w.oursSynthetic)}
${line('Synthetic page, plain Starlight', w.plain)}

Targets: CSS + JS at most 12 KB above plain Starlight's, HTML at most 1.3 × plain's.

| Page | CSS + JS above plain (KB) | HTML ÷ plain |
| --- | --- | --- |
${r.weightTargets.cssJsAbovePlainKb.map((row, i) => `| ${row.page} | ${row.kb.toFixed(1)} | ${r.weightTargets.htmlRatio[i]!.ratio.toFixed(2)} |`).join('\n')}
| Synthetic page (same content) | ${r.weightTargets.syntheticCssJsAbovePlainKb.toFixed(1)} | ${r.weightTargets.syntheticHtmlRatio.toFixed(2)} |

The real pages carry more content than the synthetic page, so their HTML ratio mixes content with
overhead; the synthetic row compares the same content. Byte budgets for these pages are enforced
in \`npm test\` (tests/site/budgets.test.ts).

## Search cost

- A cold query downloads **${kb(r.search.coldBytes)} KB** from \`/pagefind/\` (${r.search.coldFiles} files: script, WebAssembly, index chunks and result fragments).
- Time from typing to the first result, ${r.search.cold.times.length} queries:
  - cold, each query in a fresh page (Pagefind loads first): median **${r.search.cold.median.toFixed(0)} ms** (${r.search.cold.min.toFixed(0)}–${r.search.cold.max.toFixed(0)} ms);
  - warm, one query after another in one page: median **${r.search.warm.median.toFixed(0)} ms** (${r.search.warm.min.toFixed(0)}–${r.search.warm.max.toFixed(0)} ms).
  Both include the search box's own 300 ms wait for typing to pause.

## Lighthouse (mobile)

| Page | Performance | Accessibility | Best practices | SEO | LCP (ms) | TBT (ms) | CLS |
| --- | --- | --- | --- | --- | --- | --- | --- |
${r.lighthouse.map((l) => `| ${l.page || 'Home'} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcp.toFixed(0)} | ${l.tbt.toFixed(0)} | ${l.cls.toFixed(3)} |`).join('\n')}

Lighthouse simulates a slow phone: about 1.6 Mbit/s with 150 ms round trips, and a processor four
times slower than the machine's. Every page waits for Starlight's stylesheets before it paints, so
a larger document paints later; blocking time is the page's script and layout work under that
slower processor, and it also grows when the machine is busy. The audits that cost each page points
are listed below. The eight endpoint samples, once the walkthrough's heaviest part, have a page of
their own, the largest document measured here.

Audits that cost points:
${r.lighthouse.map((l) => `- ${l.page || 'Home'}: ${l.missed.length ? l.missed.join('; ') : 'none'}`).join('\n')}
`;
}
