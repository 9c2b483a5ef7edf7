import { describe, expect, it } from 'vitest';
import { factCells, factColumns, formatFactValue } from '../../src/lib/fact-rows';
import { validatePageData } from '../../src/lib/validate-page';
import { isTechnology } from '../../src/schemas/page';
import { fixtureSiteDir, loadPages, starlightKeys } from '../helpers/content-pages';

const fixtures = loadPages(fixtureSiteDir);
const technology = (id: string) => {
	const page = fixtures.find((candidate) => candidate.id === id);
	if (!page) throw new Error(`no fixture ${id}`);
	const data = validatePageData(page.file, page.frontmatter, starlightKeys);
	if (!isTechnology(data)) throw new Error(`${id} is not a technology`);
	return data;
};

describe('factColumns', () => {
	it('lists a kind’s facts in declaration order with their labels', () => {
		const columns = factColumns('framework');
		expect(columns.slice(0, 4).map((column) => column.label)).toEqual([
			'First release',
			'Created by / steward',
			'Licence',
			'Latest stable version',
		]);
		expect(columns.map((column) => column.key)).toContain('orm');
	});

	it('labels optional facts too', () => {
		expect(factColumns('api-style').find((column) => column.key === 'license')?.label).toBe('Licence');
	});
});

describe('formatFactValue', () => {
	it('writes booleans as Yes and No, and joins lists', () => {
		expect(formatFactValue(true)).toBe('Yes');
		expect(formatFactValue(false)).toBe('No');
		expect(formatFactValue(['a', 'b'])).toBe('a, b');
	});
	it('capitalises keywords only, never free text', () => {
		expect(formatFactValue('full-stack', true)).toBe('Full-stack');
		expect(formatFactValue('npm')).toBe('npm');
	});
});

describe('factCells', () => {
	it('gives every fact with its source, and names the page a framework is written for', () => {
		const cells = factCells(technology('frameworks/anvil'), (id) => (id === 'languages/ferrum' ? 'Ferrum' : undefined));
		const language = cells.find((cell) => cell.key === 'language');
		expect(language).toMatchObject({ text: 'Ferrum', pageId: 'languages/ferrum' });
		expect(cells.find((cell) => cell.key === 'orm')?.text).toBe('No');
		expect(cells.every((cell) => cell.source.url.startsWith('https://') && /^\d{4}-\d{2}-\d{2}$/.test(cell.source.checked))).toBe(true);
		expect(cells).toHaveLength(factColumns('framework').length);
	});

	it('keeps a fact’s note', () => {
		const cells = factCells(technology('languages/ferrum'), () => undefined);
		expect(cells.find((cell) => cell.key === 'concurrency')?.note).toBe('one per request');
	});

	it('dates a fact that goes stale on its own (latest version) by its source, and no other fact', () => {
		const cells = factCells(technology('languages/ferrum'), () => undefined);
		expect(cells.find((cell) => cell.key === 'latestVersion')?.asOf).toBe('2026-11-21');
		expect(cells.filter((cell) => cell.asOf).map((cell) => cell.key)).toEqual(['latestVersion']);
	});

	it('leaves out a fact the page does not state, rather than showing an empty line', () => {
		const page = technology('languages/ferrum');
		const facts: Record<string, unknown> = { ...page.facts };
		delete facts['license'];
		const cells = factCells({ ...page, facts } as typeof page, () => undefined);
		expect(cells.map((cell) => cell.key)).not.toContain('license');
		expect(cells).toHaveLength(factColumns('language').length - 1);
	});
});
