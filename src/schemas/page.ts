import { z } from 'astro/zod';
import { kindRegistry, proseKinds, technologyKinds, type KindRegistry, type TechnologyKind } from '../kinds/registry';
import { technologySchema } from './technology';
import { checkReviewOrder, requiredReviewFields, reviewDaysValid } from './review';

/** The front-matter schema of every kind in a registry: prose kinds' own, technology kinds' from their facts. */
export function kindSchemas(registry: KindRegistry): z.ZodObject[] {
	return [
		...Object.values(registry.prose).map((kind) => kind.schema),
		...Object.entries(registry.technology).map(([name, entry]) => technologySchema(name, entry)),
	];
}

/**
 * Every page of a registry's kinds, told apart by `kind`; each fact must cite one of the page's
 * sources, and a page is reviewed on or after the day it was added.
 */
export function pageSchemaOf<Option extends z.ZodObject>(options: readonly Option[], kinds: readonly string[]) {
	return z
		.discriminatedUnion('kind', options as unknown as [Option, ...Option[]], {
			error: (issue) =>
				issue.code === 'invalid_union'
					? `expected kind to be one of: ${kinds.join(', ')}, got ${JSON.stringify((issue.input as { kind?: unknown } | undefined)?.kind)}`
					: undefined,
		})
		.superRefine((page, ctx) => {
			const { facts, sources } = page as { facts?: Record<string, { source: string } | undefined>; sources?: Record<string, unknown> };
			if (!facts) return;
			if (Object.keys(facts).length === 0) {
				ctx.addIssue({ code: 'custom', path: ['facts'], message: 'expected at least one fact, each with its source' });
			}
			const keys = Object.keys(sources ?? {});
			for (const [name, value] of Object.entries(facts)) {
				if (value && !keys.includes(value.source)) {
					ctx.addIssue({
						code: 'custom',
						path: ['facts', name, 'source'],
						message: `expected one of this page’s sources (${keys.join(', ') || 'none declared'}), got "${value.source}"`,
					});
				}
			}
		})
		.superRefine((page, ctx) => checkReviewOrder(page as { added?: unknown; reviewed?: unknown }, ctx), {
			when: (payload) => reviewDaysValid(payload.issues),
		});
}

/** The names of a registry's kinds, prose kinds first. */
export const kindNamesOf = (registry: KindRegistry) => [...Object.keys(registry.prose), ...Object.keys(registry.technology)];

/** The guide's real technology schemas, typed per kind (built the same way as kindSchemas). */
const technologySchemas = Object.fromEntries(
	Object.entries(technologyKinds).map(([name, entry]) => [name, technologySchema(name, entry)]),
) as { [K in TechnologyKind]: ReturnType<typeof technologySchema<K, (typeof technologyKinds)[K]>> };

/**
 * Every page of the guide, told apart by `kind`.
 * Merged with Starlight's own front-matter (title, description, sidebar, …) in content.config.ts.
 */
export const pageSchema = pageSchemaOf(
	[...Object.values(proseKinds).map((kind) => kind.schema), ...Object.values(technologySchemas)],
	kindNamesOf(kindRegistry),
);

/**
 * A page written in content/docs: the same schema, with `added` and `reviewed` required (the
 * generated routes, which render through pageSchema, have neither). The content loader checks
 * every file against it (src/lib/validate-page.ts).
 */
export const writtenPageSchema = pageSchemaOf(
	kindSchemas(kindRegistry).map((option) => option.extend(requiredReviewFields)),
	kindNamesOf(kindRegistry),
);

/** Every front-matter key the guide's own schema declares (the rest belong to Starlight). */
export const ownKeys: ReadonlySet<string> = new Set(kindSchemas(kindRegistry).flatMap((option) => Object.keys(option.shape)));

export type PageData = z.output<typeof pageSchema>;
export type TechnologyData = Extract<PageData, { kind: TechnologyKind }>;
export type ConceptData = Extract<PageData, { kind: 'concept' }>;
export type ProjectData = Extract<PageData, { kind: 'project' }>;
export type TechnologyOf<K extends TechnologyKind> = Extract<PageData, { kind: K }>;

/** True for technology pages (anything with typed facts). */
export function isTechnology(page: { kind?: string | undefined }): page is TechnologyData {
	return page.kind !== undefined && Object.hasOwn(technologyKinds, page.kind);
}

export function isKind<K extends TechnologyKind>(kind: K) {
	return (page: { kind: string }): page is TechnologyOf<K> => page.kind === kind;
}
