import type { z } from 'astro/zod';

/*
 * What a kind's facts schema says about each fact: its label, whether its value is one of the
 * guide's keywords, whether it goes stale on its own, and whether it names another page.
 * Read from the schema's own marks (`.meta()`), so nothing here lists facts by name.
 */

interface Meta {
	title?: string;
	volatile?: boolean;
	references?: string;
}
interface Wrapped {
	def: { type: string; innerType?: Wrapped };
	meta(): Meta | undefined;
	shape?: { value: Wrapped };
}

/** A schema seen through `.optional()` (every fact is optional). */
function unwrap(schema: Wrapped): Wrapped {
	let inner = schema;
	while (inner.def.type === 'optional' && inner.def.innerType) inner = inner.def.innerType;
	return inner;
}

/** One fact's schema and its value's schema, or an error naming the fact. */
function factOf(facts: z.ZodObject, key: string): { fact: Wrapped; value: Wrapped } {
	const schema = (facts.shape as Record<string, Wrapped | undefined>)[key];
	const fact = schema && unwrap(schema);
	if (!fact?.shape) throw new Error(`no fact "${key}" in this kind's facts`);
	return { fact, value: fact.shape.value };
}

/** The facts of a kind, in declaration order, with the label its schema gives. */
export function columnsOf(facts: z.ZodObject): Array<{ key: string; label: string }> {
	return Object.keys(facts.shape).map((key) => ({ key, label: factOf(facts, key).fact.meta()?.title ?? key }));
}

/** True when a fact's value is one of a fixed set of the guide's keywords ("full-stack"). */
export const isKeywordFact = (facts: z.ZodObject, key: string) => factOf(facts, key).value.def.type === 'enum';

/** True for a fact marked `volatile`: it goes stale on its own, so it is shown "as of" a day. */
export const isVolatileFact = (facts: z.ZodObject, key: string) => factOf(facts, key).fact.meta()?.volatile === true;

/** The kind of page a fact's value must name (see pageIdOfKind), or undefined for a fact that names none. */
export const referencedKind = (facts: z.ZodObject, key: string): string | undefined => factOf(facts, key).value.meta()?.references;

/** Every fact of a kind that names another page, with the kind that page must be. */
export function referenceFacts(facts: z.ZodObject): Array<{ key: string; kind: string }> {
	return Object.keys(facts.shape).flatMap((key) => {
		const kind = referencedKind(facts, key);
		return kind ? [{ key, kind }] : [];
	});
}

interface Field {
	def: { type: string; innerType?: Field; element?: Field };
	meta(): Meta | undefined;
}

/**
 * Every list field of a prose kind's schema whose items name pages of one kind (marked with
 * pageIdOfKind, as a project's `practises` is), with that kind.
 */
export function referenceLists(schema: z.ZodObject): Array<{ key: string; kind: string }> {
	return Object.entries(schema.shape as Record<string, Field>).flatMap(([key, field]) => {
		let list = field;
		while ((list.def.type === 'optional' || list.def.type === 'default') && list.def.innerType) list = list.def.innerType;
		const kind = list.def.type === 'array' ? list.def.element?.meta()?.references : undefined;
		return kind ? [{ key, kind }] : [];
	});
}
