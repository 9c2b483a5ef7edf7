/**
 * `npm run facts:check`: finding old volatile facts, reading each upstream's answer (recorded,
 * never fetched here), comparing, and writing a newer value back without disturbing the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ageInDays,
	isCurrent,
	latestFromResponse,
	parseUpstream,
	rewriteFact,
	staleByAge,
	upstreamApiUrl,
	volatileFacts,
} from '../../scripts/lib/facts-check';
import { fixtureSiteDir, loadPages } from '../helpers/content-pages';

const recorded = (name: string) =>
	JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'upstream', name), 'utf8')) as unknown;
const pages = loadPages(fixtureSiteDir).map((page) => ({ file: page.file, data: page.frontmatter }));
const volatile = new Map([['language', new Set(['latestVersion'])]]);

describe('volatile facts', () => {
	it('finds each volatile fact with its source’s date, and only those', () => {
		const facts = volatileFacts(pages, volatile);
		expect(facts).toEqual([
			expect.objectContaining({ title: 'Ferrum', key: 'latestVersion', value: '1.2.3', sourceKey: 'spec', checked: '2026-11-21' }),
		]);
	});

	it('counts age in whole days and lists the old ones oldest first', () => {
		expect(ageInDays('2026-11-21', '2026-12-02')).toBe(11);
		const facts = volatileFacts(pages, volatile);
		const older = { ...facts[0]!, file: 'older.mdx', checked: '2026-01-01' };
		expect(staleByAge([...facts, older], '2026-12-02', 10).map((fact) => fact.file)).toEqual(['older.mdx', facts[0]!.file]);
		expect(staleByAge([...facts, older], '2026-12-02', 90).map((fact) => fact.file)).toEqual(['older.mdx']);
	});
});

describe('upstreams', () => {
	it('reads an upstream written in front-matter, and refuses a malformed one', () => {
		expect(parseUpstream('npm:@nestjs/core')).toEqual({ kind: 'npm', name: '@nestjs/core' });
		expect(upstreamApiUrl(parseUpstream('github:rails/rails'))).toBe('https://api.github.com/repos/rails/rails/releases/latest');
		expect(() => parseUpstream('cargo:serde')).toThrow('expected an upstream such as "npm:express", got "cargo:serde"');
	});

	it.each([
		['npm', 'npm-express.json', '5.3.0'],
		['pypi', 'pypi-ferrum.json', '2.4.1'],
		['github', 'github-ferrum.json', '2.4.1'],
		['endoflife', 'endoflife-ferrum.json', '2.4.1'],
	] as const)('reads the newest version from a %s answer', (kind, file, version) => {
		expect(latestFromResponse(kind, recorded(file))).toBe(version);
	});

	it('says so when an answer has no version', () => {
		expect(() => latestFromResponse('pypi', { message: 'Not Found' })).toThrow('the pypi answer has no version');
	});

	it('counts a release line as current when the newest release belongs to it', () => {
		expect(isCurrent('5.3.0', '5.3.0')).toBe(true);
		expect(isCurrent('6.1', '6.1.3')).toBe(true);
		expect(isCurrent('29.7.2 (Docker Engine)', '29.7.2')).toBe(true);
		expect(isCurrent('6.1', '6.10.0')).toBe(false);
		expect(isCurrent('3.14.7', '3.15.0')).toBe(false);
	});
});

describe('--write', () => {
	const page = `---
title: Ferrum
sources:
  # the registry page
  npm: { title: ferrum on npm, url: https://www.npmjs.com/package/ferrum, checked: '2026-01-05' }
facts:
  latestVersion: { value: '1.2.3', source: npm, upstream: 'npm:ferrum' } # kept
  license: { value: MIT, source: npm }
---

## What it is

Body text with 1.2.3 in it stays as it is.
`;

	it('changes only the value and its source’s date, keeping comments, layout and the body', () => {
		const written = rewriteFact(page, 'latestVersion', '2.4.1', 'npm', '2026-12-02');
		expect(written).toBe(
			page
				.replace("latestVersion: { value: '1.2.3'", "latestVersion: { value: '2.4.1'")
				.replace("checked: '2026-01-05'", "checked: '2026-12-02'"),
		);
	});

	it('refuses a page without the fact or the source', () => {
		expect(() => rewriteFact(page, 'latestVersion', '2.4.1', 'missing', '2026-12-02')).toThrow('no sources.missing.checked to update');
	});
});
