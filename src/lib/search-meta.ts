import { kindRegistry, type KindRegistry } from '../kinds/registry';
import { guideSections } from '../kinds/sections';

/** What search shows beside a result and filters by, for each kind of a registry. */
export interface SearchMeta {
	/** The search filter value ("kind") of a page: Language, Framework, Tool, Guide … */
	facet(kind: string): string;
	/** The label shown beside a result: the kind's label, or for guides the section they sit in. */
	label(id: string, kind: string): string;
}

export function searchMetaOf(registry: KindRegistry): SearchMeta {
	const kinds = { ...registry.prose, ...registry.technology };
	const sectionLabels = new Map([
		...guideSections.map((section) => [section.folder, section.label] as const),
		...Object.values(kinds).flatMap((kind) => (kind.folder && kind.sidebar ? [[kind.folder, kind.sidebar.label] as const] : [])),
	]);
	const settings = (kind: string) => {
		const entry = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
		// A kind without an entry cannot be loaded (the schema rejects it); failing here beats a silently wrong filter.
		if (!entry) throw new Error(`search: no kind "${kind}" in the kind registry`);
		return entry;
	};
	return {
		facet: (kind) => settings(kind).search.facet,
		label(id, kind) {
			const { search } = settings(kind);
			const section = 'bySection' in search && search.bySection ? sectionLabels.get(id.split('/')[0] ?? '') : undefined;
			return section ?? search.label;
		},
	};
}

export const searchMeta = searchMetaOf(kindRegistry);
