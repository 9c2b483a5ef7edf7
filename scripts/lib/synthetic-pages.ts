/**
 * Synthetic technology pages for the benchmark: realistic in size and shape (about 800 words,
 * headings, a table, a code block, links to other pages) and valid against the guide's schema.
 * Deterministic: the same count gives the same pages.
 */
const words = (
	'server request response database query index cache queue worker thread process memory latency ' +
	'throughput client header status route handler schema table column row transaction lock replica ' +
	'shard backup deploy container image volume network port token session user account order payment ' +
	'courier restaurant address price total tax discount receipt message event log metric alert test'
).split(' ');

/** A small deterministic random number generator (mulberry32). */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentence(next: () => number): string {
	const length = 9 + Math.floor(next() * 12);
	const text = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
	return Array.from({ length: sentences }, () => sentence(next)).join(' ');
}

/*
 * Database pages: a kind with a comparison table but no learning-path branch (each language page
 * would get its own path page, which no real guide has thousands of).
 */
export const syntheticId = (index: number) => `databases/synthetic-${String(index).padStart(5, '0')}`;

/** The MDX source of synthetic page `index` of `count`. */
export function syntheticPage(index: number, count: number): string {
	const next = random(index + 1);
	const other = (offset: number) => syntheticId((index + offset) % count);
	const name = `Synthetic ${index}`;
	const section = (title: string, paragraphs: number) =>
		`## ${title}\n\n${Array.from({ length: paragraphs }, () => paragraph(next, 6)).join('\n\n')}\n`;
	return `---
title: ${name}
description: ${name} is a generated page used to measure how the build scales with the number of pages.
kind: database
added: '2026-11-21'
reviewed: '2026-11-21'
${index === 0 ? 'level: start' : `level: first-steps\nprerequisites: [${syntheticId(Math.floor((index - 1) / 2))}]`}
minutes: 12
aliases: [synth${index}]
website: https://example.org/synthetic/${index}/
related: [${other(1)}, ${other(2)}]
chooseWhen:
  - you are measuring the build time of the guide
  - you need a page of realistic size and shape
avoidWhen:
  - you are reading the guide to learn something
  - you need facts about a real technology
sources:
  spec:
    title: Synthetic specification
    url: https://example.org/synthetic/spec/
    checked: '2026-11-21'
facts:
  firstRelease: { value: ${1990 + (index % 35)}, source: spec }
  steward: { value: The benchmark, source: spec }
  license: { value: MIT, source: spec }
  latestVersion: { value: '${1 + (index % 9)}.${index % 13}.0', source: spec }
  dataModel: { value: ${['relational', 'document', 'key-value'][index % 3]}, source: spec }
  queryLanguage: { value: SynthQL, source: spec }
  acidTransactions: { value: ${index % 2 === 0}, source: spec }
---

${section('What it is', 3)}
See also [${other(1).split('/')[1]}](/${other(1)}/) and [${other(3).split('/')[1]}](/${other(3)}/).

${section('What it is good at', 3)}
| Task | Speed | Notes |
| --- | --- | --- |
| Reads | fast | ${sentence(next)} |
| Writes | medium | ${sentence(next)} |
| Reports | slow | ${sentence(next)} |

${section('Trade-offs and when to choose something else', 2)}
## Example

\`\`\`python
def total(items):
    return sum(item["price"] for item in items)


print(total([{"price": ${index}}, {"price": 2}]))
\`\`\`

${section('How to start learning it', 1)}
1. ${sentence(next)}
2. ${sentence(next)}
3. ${sentence(next)}
`;
}
