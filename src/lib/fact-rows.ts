import type { TechnologyData } from '../schemas/page';
import { factsByKind } from '../schemas/technology';
import type { Source } from '../schemas/source';

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

interface FactSchema {
	meta(): { title?: string; volatile?: boolean } | undefined;
	shape: { value: { def: { type: string } } };
}

/** The schema of one fact of a kind, looking through `.optional()` (every fact is optional). */
function factSchema(kind: TechnologyData['kind'], key: string): FactSchema {
	type Wrapped = { def: { type: string; innerType?: Wrapped } };
	let schema = (factsByKind[kind].shape as Record<string, Wrapped>)[key];
	if (!schema) throw new Error(`no fact "${key}" for kind "${kind}"`);
	while (schema.def.type === 'optional' && schema.def.innerType) schema = schema.def.innerType;
	return schema as unknown as FactSchema;
}

/** The facts of a kind, in declaration order, with the label its schema gives. */
export function factColumns(kind: TechnologyData['kind']): Array<{ key: string; label: string }> {
	return Object.keys(factsByKind[kind].shape).map((key) => ({
		key,
		label: factSchema(kind, key).meta()?.title ?? key,
	}));
}

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

/** True when a fact's value is one of a fixed set of the guide's keywords. */
function isKeywordFact(kind: TechnologyData['kind'], key: string): boolean {
	return factSchema(kind, key).shape.value.def.type === 'enum';
}

/** True for a fact the schema marks `volatile`: it goes stale on its own, so it is shown "as of" a day. */
function isVolatileFact(kind: TechnologyData['kind'], key: string): boolean {
	return factSchema(kind, key).meta()?.volatile === true;
}

/** Facts that hold the id of another page rather than text. */
const pageValued = new Set(['framework.language', 'runtime.language']);

/**
 * The facts of one technology page, in the order its kind declares them.
 * `titleOf` turns a page id into that page's title. Absent optional facts are skipped.
 */
export function factCells(page: TechnologyData, titleOf: (id: string) => string | undefined): FactCell[] {
	const facts = page.facts as Record<string, { value: unknown; source: string; note?: string } | undefined>;
	return factColumns(page.kind).flatMap(({ key, label }) => {
		const fact = facts[key];
		if (!fact) return [];
		const source = page.sources[fact.source];
		if (!source) throw new Error(`facts.${key}.source: no source "${fact.source}" on this page`);
		const isPage = pageValued.has(`${page.kind}.${key}`);
		const cell: FactCell = {
			key,
			label,
			text: isPage ? (titleOf(String(fact.value)) ?? String(fact.value)) : formatFactValue(fact.value, isKeywordFact(page.kind, key)),
			source,
		};
		if (fact.note) cell.note = fact.note;
		if (isVolatileFact(page.kind, key)) cell.asOf = source.checked;
		if (isPage) cell.pageId = String(fact.value);
		return [cell];
	});
}
