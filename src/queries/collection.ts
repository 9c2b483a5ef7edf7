/**
 * Queries over the content collections, each computed once per build: the technology pages,
 * every page's title and summary, the comparison groups and pairs, the walkthrough's steps.
 * The only place besides the generated routes that calls getCollection or render; route
 * middleware (src/route-data.ts) and the generated routes ask here, and components only draw.
 */
import { getCollection, render } from 'astro:content';
import { comparableGroups, maxMembersForPairs, pairsOf, type Pair, type Technology } from '../lib/compare-groups';
import { isTechnology } from '../schemas/page';
import type { ReferenceTargets } from '../lib/walkthrough-refs';

/** Memoises an async query for the rest of the build. */
function once<T>(query: () => Promise<T>): () => Promise<T> {
	let result: Promise<T> | undefined;
	return () => (result ??= query());
}

/** Every technology page. */
export const loadTechnologies = once(async (): Promise<Technology[]> =>
	(await getCollection('docs')).flatMap((entry) => (isTechnology(entry.data) ? [{ id: entry.id, data: entry.data }] : [])),
);

export interface PageSummary {
	title: string;
	description: string;
}

/** Every page's title and one-sentence description, by id. */
export const loadSummaries = once(
	async (): Promise<ReadonlyMap<string, PageSummary>> =>
		new Map((await getCollection('docs')).map((entry) => [entry.id, { title: entry.data.title, description: entry.data.description }])),
);

/** A page id's title, for fact values and table cells that name another page. */
export async function loadTitles(): Promise<(id: string) => string | undefined> {
	const summaries = await loadSummaries();
	return (id) => summaries.get(id)?.title;
}

/** Every pair page. */
export const loadPairs = once(async (): Promise<Pair[]> => {
	const technologies = await loadTechnologies();
	for (const group of comparableGroups(technologies)) {
		if (group.pairs && group.members.length > maxMembersForPairs) {
			console.warn(
				`[atlas] ${group.title}: ${group.members.length} members, more than ${maxMembersForPairs}; the table is built but pair pages are not.`,
			);
		}
	}
	return pairsOf(technologies);
});

/** The comparable groups with their sorted members (every technology page asks). */
export const loadGroups = once(async () => comparableGroups(await loadTechnologies()));

/** The walkthrough's steps as written, in file order (checked by src/lib/walkthrough-refs.ts). */
export const loadWalkthroughSteps = once(async () => (await getCollection('walkthrough')).map((step) => step.data));

/**
 * What the walkthrough's references may point at: every page by id with its title, and the
 * headings of the pages that `anchoredPages` names (rendering a page is the only way to get them).
 */
export async function loadReferenceTargets(anchoredPages: ReadonlySet<string>): Promise<ReferenceTargets> {
	const docs = await getCollection('docs');
	const headingsOf = async (page: (typeof docs)[number]) =>
		anchoredPages.has(page.id)
			? new Map((await render(page)).headings.map((heading) => [heading.slug, heading.text]))
			: new Map<string, string>();
	return {
		pages: new Map(
			await Promise.all(docs.map(async (page) => [page.id, { title: page.data.title, headings: await headingsOf(page) }] as const)),
		),
	};
}
