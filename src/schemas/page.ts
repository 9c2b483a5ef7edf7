import { z } from 'astro/zod';
import { guideSchema } from './guide';
import { technologyKinds, technologySchema, type TechnologyKind } from './technology';

const pageKinds = ['guide', ...technologyKinds] as const;

/** One schema per kind, written out so that each keeps its own literal `kind` and facts type. */
const technologyOptions = [
	technologySchema('language'),
	technologySchema('runtime'),
	technologySchema('framework'),
	technologySchema('database'),
	technologySchema('api-style'),
	technologySchema('version-control'),
	technologySchema('cloud'),
	technologySchema('container-tool'),
] as const;
if (technologyOptions.length !== technologyKinds.length) throw new Error('page.ts: a technology kind has no schema');

/**
 * Every page of the guide: a guide page or a technology page, told apart by `kind`.
 * Merged with Starlight's own front-matter (title, description, sidebar, …) in content.config.ts.
 */
export const pageSchema = z
	.discriminatedUnion('kind', [guideSchema, ...technologyOptions], {
		error: (issue) =>
			issue.code === 'invalid_union'
				? `expected kind to be one of: ${pageKinds.join(', ')}, got ${JSON.stringify((issue.input as { kind?: unknown } | undefined)?.kind)}`
				: undefined,
	})
	.superRefine((page, ctx) => {
		// Every fact must cite a source that the page declares.
		if (!('facts' in page)) return;
		if (Object.keys(page.facts).length === 0) {
			ctx.addIssue({ code: 'custom', path: ['facts'], message: 'expected at least one fact, each with its source' });
		}
		const keys = Object.keys(page.sources);
		for (const [name, value] of Object.entries(page.facts as Record<string, { source: string } | undefined>)) {
			if (value && !(value.source in page.sources)) {
				ctx.addIssue({
					code: 'custom',
					path: ['facts', name, 'source'],
					message: `expected one of this page’s sources (${keys.join(', ') || 'none declared'}), got "${value.source}"`,
				});
			}
		}
	});

/** Every front-matter key the guide's own schema declares (the rest belong to Starlight). */
export const ownKeys: ReadonlySet<string> = new Set([guideSchema, ...technologyOptions].flatMap((option) => Object.keys(option.shape)));

export type PageData = z.output<typeof pageSchema>;
export type TechnologyData = Exclude<PageData, { kind: 'guide' }>;
export type TechnologyOf<K extends TechnologyKind> = Extract<PageData, { kind: K }>;

/** True for technology pages (anything with typed facts). */
export function isTechnology(page: { kind?: string | undefined }): page is TechnologyData {
	return (technologyKinds as readonly (string | undefined)[]).includes(page.kind);
}

export function isKind<K extends TechnologyKind>(kind: K) {
	return (page: { kind: string }): page is TechnologyOf<K> => page.kind === kind;
}
