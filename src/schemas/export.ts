import { z } from 'astro/zod';
import { technologyKinds, type TechnologyKind } from '../kinds/registry';
import { sourceSchema } from './source';

/**
 * The shape of /data/technologies.json, the guide's data for reuse. Its JSON Schema
 * (/data/technologies.schema.json) is generated from this, so the two never disagree.
 * Bump `exportSchemaVersion` when a change would break a consumer.
 */
export const exportSchemaVersion = 1;

const exportedSource = sourceSchema.extend({
	url: z.url().describe('Address of the source page (https).'),
	checked: z.iso.date().describe('Day the source was last checked (YYYY-MM-DD).'),
});

const technologyEntry = (kind: TechnologyKind) =>
	z.strictObject({
		id: z.string().describe('Page id, e.g. "frameworks/django".'),
		name: z.string().describe('Display name.'),
		kind: z.literal(kind),
		url: z.string().describe('Address of the technology’s page in the guide.'),
		website: z.url().describe('Official site.'),
		aliases: z.array(z.string()).describe('Other names readers use.'),
		facts: technologyKinds[kind].facts,
		sources: z.record(z.string(), exportedSource).describe('Sources the facts cite, by key.'),
	});

const entries = (Object.keys(technologyKinds) as TechnologyKind[]).map(technologyEntry);

export const exportSchema = z
	.strictObject({
		schemaVersion: z.literal(exportSchemaVersion),
		generated: z.iso.date().describe('The newest day any exported fact was checked; the data is as of this day.'),
		technologies: z.array(z.discriminatedUnion('kind', entries as [(typeof entries)[number], ...typeof entries])),
	})
	.meta({
		title: 'Backend Atlas technologies',
		description: 'Every technology in Backend Atlas with its typed facts, each citing a dated source.',
	});

export type ExportData = z.output<typeof exportSchema>;

/** The JSON Schema of the export. */
export function exportJsonSchema() {
	return { $id: 'technologies.schema.json', ...z.toJSONSchema(exportSchema, { target: 'draft-2020-12' }) };
}
