import type { KindRegistry } from './registry';
import { columnsOf } from './fact-meta';

/** Where the table sits in README.md; `npm run readme:kinds` rewrites what is between the two. */
const kindsTableMarkers = { start: '<!-- kinds-table:start -->', end: '<!-- kinds-table:end -->' } as const;

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table of kinds, derived from the registry: one row per kind. */
export function kindsTable(registry: KindRegistry): string {
	const rows = [
		'| kind | folder | sidebar section | search label (filter) | comparison table | pair pages | facts |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...Object.entries(registry.prose).map(([name, kind]) =>
			[
				`\`${name}\``,
				kind.folder ? `\`${kind.folder}/\`` : 'any',
				kind.sidebar ? cell([kind.sidebar.group, kind.sidebar.label].filter(Boolean).join(' › ')) : 'by folder',
				kind.search.bySection
					? `its section, else ${kind.search.label} (${kind.search.facet})`
					: `${kind.search.label} (${kind.search.facet})`,
				'none',
				'no',
				'none',
			].join(' | '),
		),
		...Object.entries(registry.technology).map(([name, kind]) =>
			[
				`\`${name}\``,
				`\`${kind.folder}/\``,
				cell([kind.sidebar.group, kind.sidebar.label].filter(Boolean).join(' › ')),
				`${kind.search.label} (${kind.search.facet})`,
				kind.compare ? `\`/compare/${kind.compare.slug}/\`` : 'none',
				kind.compare?.pairs ? 'yes' : 'no',
				columnsOf(kind.facts)
					.map((column) => `\`${column.key}\``)
					.join(', '),
			].join(' | '),
		),
	];
	return rows.map((row) => (row.startsWith('|') ? row : `| ${row} |`)).join('\n');
}

/** `readme` with the table between the markers replaced by `table`; throws when the markers are missing. */
export function withKindsTable(readme: string, table: string): string {
	const start = readme.indexOf(kindsTableMarkers.start);
	const end = readme.indexOf(kindsTableMarkers.end);
	if (start < 0 || end < start) throw new Error(`README.md: expected the markers ${kindsTableMarkers.start} and ${kindsTableMarkers.end}`);
	return `${readme.slice(0, start + kindsTableMarkers.start.length)}\n${table}\n${readme.slice(end)}`;
}
