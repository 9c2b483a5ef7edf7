import type { Technology } from './compare-groups';
import { exportSchema, exportSchemaVersion, type ExportData } from '../schemas/export';

/**
 * The data export: every technology with its facts and sources, sorted by id.
 * `pageUrl` turns an id into the page's address. Validated against the export schema, so a
 * build can never publish data that does not match its own published JSON Schema.
 */
export function buildExport(technologies: readonly Technology[], pageUrl: (id: string) => string): ExportData {
	const sorted = [...technologies].sort((a, b) => a.id.localeCompare(b.id, 'en'));
	const days = sorted.flatMap((technology) => Object.values(technology.data.sources).map((source) => source.checked)).sort();
	return exportSchema.parse({
		schemaVersion: exportSchemaVersion,
		generated: days.at(-1) ?? '1970-01-01',
		technologies: sorted.map(({ id, data }) => ({
			id,
			name: data.title,
			kind: data.kind,
			url: pageUrl(id),
			website: data.website,
			aliases: data.aliases,
			facts: data.facts,
			sources: data.sources,
		})),
	});
}
