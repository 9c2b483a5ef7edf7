import type { TechnologyData } from '../schemas/page';
import type { Source } from '../schemas/source';
import { kindRegistry, technologyKinds, type KindRegistry } from '../kinds/registry';
import { columnsOf, isKeywordFact, isVolatileFact, referencedKind } from '../kinds/fact-meta';

/** One line of a facts box or one cell of a comparison table, ready to draw. */
export interface FactCell {
	/** The fact's key in front-matter, e.g. "latestVersion". */
	key: string;
	/** Its label, from the schema, e.g. "Latest stable version". */
	label: string;
	/** The value as a reader sees it. */
	text: string;
	/** A qualifier written beside the value, if any. */
	note?: string;
	/** For a fact that goes stale on its own (a latest version): the day it was true, shown as "as of". */
	asOf?: string;
	/** Where the value comes from. */
	source: Source;
	/** For a fact that names another page: that page's id. */
	pageId?: string;
}

/** The facts of a technology kind, in declaration order, with their labels. */
export const factColumns = (kind: TechnologyData['kind']) => columnsOf(technologyKinds[kind].facts);

/**
 * A value in words. Booleans become Yes/No, lists are joined, and the guide's own
 * lower-case keywords (enum values such as "full-stack") get a capital; free text,
 * such as "npm" or "CPython", is shown exactly as written.
 */
export function formatFactValue(value: unknown, isKeyword = false): string {
	if (value === true) return 'Yes';
	if (value === false) return 'No';
	if (Array.isArray(value)) return value.map((item) => formatFactValue(item, isKeyword)).join(', ');
	const text = String(value);
	return isKeyword ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The facts of one technology page, in the order its kind declares them.
 * `titleOf` turns a page id into that page's title. Absent optional facts are skipped.
 */
export function factCells(
	page: TechnologyData,
	titleOf: (id: string) => string | undefined,
	registry: KindRegistry = kindRegistry,
): FactCell[] {
	const schema = registry.technology[page.kind]?.facts;
	if (!schema) throw new Error(`no kind "${page.kind}" in the kind registry`);
	const facts = page.facts as Record<string, { value: unknown; source: string; note?: string } | undefined>;
	return columnsOf(schema).flatMap(({ key, label }) => {
		const fact = facts[key];
		if (!fact) return [];
		const source = page.sources[fact.source];
		if (!source) throw new Error(`facts.${key}.source: no source "${fact.source}" on this page`);
		const isPage = referencedKind(schema, key) !== undefined;
		const cell: FactCell = {
			key,
			label,
			text: isPage ? (titleOf(String(fact.value)) ?? String(fact.value)) : formatFactValue(fact.value, isKeywordFact(schema, key)),
			source,
		};
		if (fact.note) cell.note = fact.note;
		if (isVolatileFact(schema, key)) cell.asOf = source.checked;
		if (isPage) cell.pageId = String(fact.value);
		return [cell];
	});
}
