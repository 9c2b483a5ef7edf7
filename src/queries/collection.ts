/**
 * Queries over the content collections, each computed once per build: the technology pages,
 * every page's title and summary, the comparison groups and pairs, the walkthrough's steps, the
 * stack chooser's questions.
 * The only place besides the generated routes that calls getCollection or render; route
 * middleware (src/route-data.ts) and the generated routes ask here, and components only draw.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { comparableGroups, maxMembersForPairs, pairsOf, type Pair, type Technology } from '../lib/compare-groups';
import { isTechnology, type ConceptData } from '../schemas/page';
import type { ReferenceTargets } from '../lib/walkthrough-refs';
import { learningPath, type LearningPath } from '../lib/learning-path';
import { pathInputOf } from '../lib/path-input';
import { contentHash } from '../lib/content-hash';
import { selfCheckProblems } from '../lib/self-check-view';
import { checkedKinds, type SelfCheck } from '../schemas/self-check';
import type { ChooserTargets } from '../lib/stack-chooser-rules';
import type { LadderRung } from '../lib/project-view';
import { levels } from '../schemas/path';
import type { DatedPage } from '../lib/whats-new';

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

const headings = new Map<string, Promise<ReadonlyMap<string, string>>>();

/** A page's headings, anchor → text (rendering the page is the only way to get them), once per page. */
export function loadHeadings(id: string): Promise<ReadonlyMap<string, string>> {
	let result = headings.get(id);
	if (!result) {
		const read = async () => {
			const entry = await getEntry('docs', id);
			if (!entry) throw new Error(`no page "${id}" to read headings from`);
			return new Map((await render(entry)).headings.map((heading) => [heading.slug, heading.text]));
		};
		result = read();
		headings.set(id, result);
	}
	return result;
}

/**
 * What the walkthrough's references may point at: every page by id with its title, and the
 * headings of the pages that `anchoredPages` names.
 */
export async function loadReferenceTargets(anchoredPages: ReadonlySet<string>): Promise<ReferenceTargets> {
	const docs = await getCollection('docs');
	return {
		pages: new Map(
			await Promise.all(
				docs.map(
					async (page) =>
						[page.id, { title: page.data.title, headings: anchoredPages.has(page.id) ? await loadHeadings(page.id) : new Map() }] as const,
				),
			),
		),
	};
}

/** Every concept page. */
export const loadConcepts = once(async (): Promise<Array<{ id: string; data: ConceptData }>> =>
	(await getCollection('docs')).flatMap((entry) => (entry.data.kind === 'concept' ? [{ id: entry.id, data: entry.data }] : [])),
);

/** The learning path of every page (checked by the content loader before any page renders). */
export const loadLearningPath = once(async (): Promise<LearningPath> =>
	learningPath((await getCollection('docs')).map((entry) => pathInputOf(entry.id, entry.data))),
);

/** Every page's content hash (src/lib/content-hash.ts), by id. */
export const loadPageHashes = once(
	async (): Promise<ReadonlyMap<string, string>> =>
		new Map((await getCollection('docs')).map((entry) => [entry.id, contentHash(entry.body ?? '')])),
);

/**
 * Every page's self-check questions, by page id. A concept, language or framework page without
 * them, or a file beside no page, stops the build, naming every such file at once.
 */
export const loadSelfChecks = once(async (): Promise<ReadonlyMap<string, SelfCheck>> => {
	const checks = new Map((await getCollection('checks')).map((entry) => [entry.id, entry.data]));
	const pages = (await getCollection('docs')).map((entry) => ({ id: entry.id, kind: entry.data.kind, file: entry.filePath ?? entry.id }));
	const problems = selfCheckProblems(pages, new Set(checks.keys()), checkedKinds);
	if (problems) throw new Error(problems);
	return checks;
});

/** The stack chooser's questions as written, in file order (checked by src/lib/stack-chooser-rules.ts). */
export const loadChooserQuestions = once(async () => (await getCollection('stackChooser')).map((question) => question.data));

/** What the stack chooser's rules may name: every page with its kind, stack branch and names, and the languages with a path. */
export const loadChooserTargets = once(async (): Promise<ChooserTargets> => ({
	pages: new Map(
		(await getCollection('docs')).map((entry) => [
			entry.id,
			{
				title: entry.data.title,
				kind: entry.data.kind,
				branch: pathInputOf(entry.id, entry.data).branch,
				aliases: entry.data.aliases ?? [],
			},
		]),
	),
	branches: (await loadLearningPath()).branches,
}));

/** The project pages in the order of the learning path: the project ladder. */
export async function loadProjectLadder(hrefOf: (id: string) => string): Promise<LadderRung[]> {
	const path = await loadLearningPath();
	return (await getCollection('docs'))
		.flatMap((entry) => (entry.data.kind === 'project' ? [{ id: entry.id, data: entry.data }] : []))
		.sort((a, b) => (path.byId.get(a.id)?.position ?? 0) - (path.byId.get(b.id)?.position ?? 0))
		.map(({ id, data }) => ({
			href: hrefOf(id),
			title: data.title,
			description: data.description,
			level: levels[data.level],
			minutes: data.minutes ?? 0,
			checker: data.checker,
		}));
}

const isHome = (id: string) => id === '' || id === 'index';

/**
 * Pages that are read, as opposed to the two the site shows when something is missing: the 404 page
 * (a draft, with no address of its own) and the offline page. Both are kept out of search
 * (`pagefind: false`), and so out of llms.txt and What's new.
 */
const isReadingPage = (data: { draft?: boolean; pagefind?: boolean }) => !data.draft && data.pagefind !== false;

/**
 * The written pages for llms.txt and llms-full.txt: those on the learning path in reading
 * order, then the rest (home first, then by id). The 404 and offline pages are left out.
 */
export const loadLlmsPages = once(async () => {
	const docs = (await getCollection('docs')).filter((entry) => isReadingPage(entry.data));
	const path = await loadLearningPath();
	const page = (entry: (typeof docs)[number]) => ({
		id: entry.id,
		title: entry.data.title,
		description: entry.data.description,
		body: entry.body ?? '',
		file: entry.filePath ?? entry.id,
	});
	const byId = new Map(docs.map((entry) => [entry.id, entry]));
	return {
		path: path.pages.flatMap((onPath) => {
			const entry = byId.get(onPath.id);
			return entry ? [page(entry)] : [];
		}),
		reference: docs
			.filter((entry) => !path.byId.has(entry.id))
			.sort((a, b) => Number(isHome(b.id)) - Number(isHome(a.id)) || a.id.localeCompare(b.id, 'en'))
			.map(page),
	};
});

/**
 * Every published page with the days it was added and last reviewed, for What's new and its feed.
 * The 404 and offline pages are left out (see isReadingPage). Every page in
 * the collection has both days: the content loader stops the build on a page without them.
 */
export const loadDatedPages = once(async (): Promise<DatedPage[]> =>
	(await getCollection('docs')).flatMap((entry) => {
		const { data } = entry;
		if (!isReadingPage(data) || !data.added || !data.reviewed) return [];
		const summary = data.kind === 'concept' ? data.summary : data.description;
		return [{ id: entry.id, title: data.title, kind: data.kind, summary, added: data.added, reviewed: data.reviewed }];
	}),
);
