import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Technology } from '../../src/lib/compare-groups';
import { buildExport } from '../../src/lib/export-data';
import { exportJsonSchema } from '../../src/schemas/export';
import { fixtureSiteDir, loadTechnologies } from '../helpers/content-pages';

const technologies: Technology[] = loadTechnologies(fixtureSiteDir);

describe('buildExport', () => {
	const data = buildExport(technologies, (id) => `https://example.org/${id}/`);

	it('exports every technology, sorted by id, with facts and sources', () => {
		expect(data.technologies.map((technology) => technology.id)).toEqual(['frameworks/anvil', 'languages/ferrum']);
		expect(data.technologies[1]).toMatchObject({
			name: 'Ferrum',
			kind: 'language',
			url: 'https://example.org/languages/ferrum/',
			aliases: ['fe'],
			facts: { latestVersion: { value: '1.2.3', source: 'spec' } },
			sources: { spec: { checked: '2026-11-21' } },
		});
	});

	it('dates the data by its newest check', () => {
		expect(data.generated).toBe('2026-11-21');
	});

	it('matches its own published JSON Schema', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(exportJsonSchema());
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
		// A fact without its source, or a date that is not a day, breaks the schema.
		const broken = structuredClone(data) as { technologies: Array<{ facts: Record<string, { source?: string }> }> };
		const [firstFact] = Object.values(broken.technologies[0]!.facts);
		delete firstFact!.source;
		expect(validate(broken)).toBe(false);
	});
});
