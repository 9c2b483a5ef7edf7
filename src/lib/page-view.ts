import type { PageData } from '../schemas/page';
import { isTechnology } from '../schemas/page';
import { factCells, type FactCell } from './fact-rows';
import { pairsWith, type GroupInfo, type Pair } from './compare-groups';
import type { SearchMeta } from './search-meta';
import { anchors } from './anchors';
import { conceptView, type ConceptContext, type ConceptView } from './concept-view';
import type { PathPlaceView } from './path-place';
import type { SelfCheckView } from './self-check-view';
import { projectView, type LadderRung, type ProjectView } from './project-view';
import type { ReviewedView } from './reviewed';

/*
 * What a page shows beyond its body, derived once per page by the route middleware
 * (src/route-data.ts) and drawn by the components, which decide nothing.
 */

export interface Link {
	href: string;
	title: string;
	description?: string | undefined;
}

/** A facts-box line, with the link of a fact that names another page. */
interface FactRow extends FactCell {
	href?: string;
}

export interface PageView {
	/**
	 * What Pagefind records: the result title with its label, the filter value, and the names readers
	 * type. Absent on Starlight's built-in 404 page, the one page without a kind.
	 */
	search?: { title: string; filter: string; aliases: readonly string[]; aliasesVisible: boolean };
	/** The one-sentence summary that opens a technology page. */
	lead?: string;
	/** The "At a glance" box of a technology page. */
	facts?: { name: string; rows: FactRow[]; website: { href: string; host: string } };
	/** The "Related pages" list; empty when the page has none. */
	related: Link[];
	/** On a technology page: its group's table and its head-to-head pages. */
	comparisons?: { table: Link; pairs: Link[] };
	/** On a concept page: the idea in a sentence, its key terms and walkthrough steps. */
	concept?: ConceptView;
	/** On a project page: the concepts it practises, its checklist, its stretch goals and its checker. */
	project?: ProjectView;
	/** On the projects overview: the project ladder, in the order of the learning path. */
	ladder?: LadderRung[];
	/** The page's place on the learning path: level, time, read first, read next, progress ids. Absent on reference pages. */
	path?: PathPlaceView;
	/** The page's "Check yourself" questions (concept, language and framework pages). */
	checks?: SelfCheckView;
	/** On the home page: the learning path's size and the pages the progress summary counts. */
	pathSummary?: PathSummaryView;
	/** "Last reviewed" under the title (src/lib/reviewed.ts); absent on splash and generated pages. */
	reviewed?: ReviewedView;
}

interface PathSummaryView {
	href: string;
	pageCount: number;
	minutes: number;
	/** The id of every page on the path (without hashes: the home page stays small; the path page says which were updated). */
	pages: string[];
}

export interface PageViewInput {
	id: string;
	/** The file, named when a reference is broken. */
	file: string;
	data: PageData;
	hrefOf: (id: string) => string;
	summaries: ReadonlyMap<string, { title: string; description: string }>;
	groups: readonly GroupInfo[];
	pairs: readonly Pair[];
	search: SearchMeta;
	/** What concept pages point into; needed only for a concept page. */
	concepts?: ConceptContext | undefined;
	/** The checkers' built URLs by file name; needed only for a project page. */
	checkers?: ReadonlyMap<string, string> | undefined;
}

export function pageView({ id, file, data, hrefOf, summaries, groups, pairs, search, concepts, checkers }: PageViewInput): PageView {
	const summary = (target: string) => {
		const page = summaries.get(target);
		if (!page) throw new Error(`${file}: links to a page that does not exist: "${target}"`);
		return page;
	};
	const technology = isTechnology(data) ? data : undefined;
	const kind = data.kind as string | undefined;
	const view: PageView = {
		related: (data.related ?? []).map((target) => ({ href: hrefOf(target), ...summary(target) })),
	};
	if (kind) {
		view.search = {
			title: `${technology?.abbreviation ? `${data.title} (${technology.abbreviation})` : data.title} · ${search.label(id, kind)}`,
			filter: search.facet(kind),
			aliases: data.aliases ?? [],
			aliasesVisible: technology !== undefined,
		};
	}
	if (data.kind === 'concept') {
		if (!concepts) throw new Error(`${file}: a concept page's view needs the glossary and the walkthrough's steps`);
		view.concept = conceptView(data, file, concepts, (target) => ({ href: hrefOf(target), title: summary(target).title }));
	}
	if (data.kind === 'project') {
		if (!checkers) throw new Error(`${file}: a project page's view needs the checkers' URLs`);
		view.project = projectView(
			data,
			file,
			(name) => checkers.get(name),
			[...checkers.keys()],
			(target) => ({
				href: hrefOf(target),
				...summary(target),
			}),
		);
	}
	if (!technology) return view;
	view.lead = technology.description;
	view.facts = {
		name: technology.title,
		rows: factCells(technology, (target) => summary(target).title).map((cell) =>
			cell.pageId ? { ...cell, href: hrefOf(cell.pageId) } : cell,
		),
		website: { href: technology.website, host: new URL(technology.website).host.replace(/^www\./, '') },
	};
	const group = groups.find((candidate) => candidate.kind === technology.kind);
	if (group) {
		view.comparisons = {
			table: { href: hrefOf(`compare/${group.slug}`), title: `${group.title} compared` },
			pairs: pairsWith(id, pairs).map(({ slug, other }) => ({ href: hrefOf(`compare/${slug}`), title: `vs ${other.data.title}` })),
		};
	}
	return view;
}

interface TocItem {
	depth: number;
	slug: string;
	text: string;
	children: TocItem[];
}

/** The page's table of contents with the sections the view adds: "At a glance" after the overview, "Related pages" last. */
export function tableOfContents(view: PageView, items: readonly TocItem[]): TocItem[] {
	const [overview, ...rest] = items;
	if (!overview) return [...items];
	const at = (slug: string, text: string): TocItem => ({ depth: 2, slug, text, children: [] });
	return [
		overview,
		...(view.facts ? [at(anchors.atAGlance, 'At a glance')] : []),
		...rest,
		...(view.checks ? [at(anchors.checkYourself, 'Check yourself')] : []),
		...(view.path ? [at(anchors.readNext, 'Read next')] : []),
		...(view.related.length ? [at(anchors.relatedPages, 'Related pages')] : []),
	];
}
