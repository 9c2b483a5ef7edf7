import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageHref } from './lib/page-href';
import { pageView, tableOfContents } from './lib/page-view';
import { searchMeta } from './lib/search-meta';
import { checkWalkthrough, parseWalkthrough, walkthroughPage } from './lib/walkthrough-refs';
import { conceptsByStep, type ConceptContext } from './lib/concept-view';
import { walkthroughView } from './lib/walkthrough-view';
import { pathPlace } from './lib/path-place';
import { selfCheckView } from './lib/self-check-view';
import { learningPathPage } from './lib/learning-path';
import { checkChooser, chooserPage } from './lib/stack-chooser-rules';
import { chooserView } from './lib/stack-chooser-view';
import { stackSlug } from './lib/path-page-view';
import { cardHead, cardImagePath } from './lib/share-card';
import { reviewedView } from './lib/reviewed';
import {
	loadChooserQuestions,
	loadChooserTargets,
	loadConcepts,
	loadLearningPath,
	loadProjectLadder,
	loadPageHashes,
	loadSelfChecks,
	loadGroups,
	loadHeadings,
	loadPairs,
	loadReferenceTargets,
	loadSummaries,
	loadWalkthroughSteps,
} from './queries/collection';

/**
 * Each checker of samples/projects/checkers/ by file name, with its URL in the build: Vite copies
 * the file as it is into _astro/ (never inlined as a data: URL), so the reader downloads exactly
 * the file the tests run, and the URL carries the base path of a sub-path deploy.
 */
const checkerUrls: ReadonlyMap<string, string> = new Map(
	Object.entries(
		import.meta.glob<string>('../samples/projects/checkers/check-*.mjs', { query: '?url&no-inline', import: 'default', eager: true }),
	).map(([path, url]) => [path.split('/').at(-1) ?? path, url]),
);

/**
 * Route middleware (Starlight's route data): derives, once per page, everything the page shows
 * beyond its body into `locals.atlas` (src/lib/page-view.ts), and adds the sections that view
 * draws to the table of contents. Components read `locals.atlas` and only draw.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	const hrefOf = (id: string) => pageHref(import.meta.env.BASE_URL, id);
	const view = pageView({
		id: entry.id,
		file: entry.filePath ?? entry.id,
		data: entry.data,
		hrefOf,
		summaries: await loadSummaries(),
		groups: await loadGroups(),
		pairs: await loadPairs(),
		search: searchMeta,
		concepts: entry.data.kind === 'concept' ? await conceptContext(hrefOf) : undefined,
		checkers: checkerUrls,
	});
	const summaries = await loadSummaries();
	const path = pathPlace(
		entry.id,
		await loadLearningPath(),
		(await loadPageHashes()).get(entry.id) ?? '',
		(id) => ({ href: hrefOf(id), title: summaries.get(id)?.title ?? id }),
		hrefOf(learningPathPage),
	);
	const whole = await loadLearningPath();
	const check = (await loadSelfChecks()).get(entry.id);
	const reviewed = reviewedView(entry.data);
	context.locals.atlas = {
		...view,
		...(reviewed ? { reviewed } : {}),
		...(path ? { path } : {}),
		...(check ? { checks: selfCheckView(entry.id, check) } : {}),
		...(entry.id === homePage
			? {
					pathSummary: {
						href: hrefOf(learningPathPage),
						pageCount: whole.pages.length,
						minutes: whole.pages.reduce((sum, page) => sum + page.minutes, 0),
						pages: whole.pages.map((page) => page.id),
					},
				}
			: {}),
		...(entry.id === projectsPage ? { ladder: await loadProjectLadder(hrefOf) } : {}),
		...(entry.id === walkthroughPage ? { walkthrough: await walkthrough(route.headings, entry.filePath ?? entry.id, hrefOf) } : {}),
		...(entry.id === chooserPage ? { chooser: await stackChooser(hrefOf) } : {}),
	};
	if (route.toc) route.toc.items = tableOfContents(context.locals.atlas, route.toc.items);
	// Every page but the 404 page gets a share card (drawn by src/integrations/share-cards/).
	if (entry.id !== notFoundPage) {
		route.head.push(...cardHead(cardImagePath(context.url.pathname, import.meta.env.BASE_URL), entry.data.title, context.site));
	}
});

/** Starlight's 404 page (content/docs/404.mdx): nobody shares it, so it has no card. */
const notFoundPage = '404';

/** The home page (id "" from the content layer): it shows the reader's progress on the whole path. */
const homePage = '';

/** The projects overview, which lists the project ladder. */
const projectsPage = 'projects';

/** The walkthrough's checked steps as drawn on its page; a broken reference or a missing section stops the build. */
async function walkthrough(headings: ReadonlyArray<{ slug: string }>, file: string, hrefOf: (id: string) => string) {
	const raw = await loadWalkthroughSteps();
	const anchored = new Set(raw.flatMap((step) => step.involves.flatMap((ref) => (ref.includes('#') ? [ref.split('#')[0] ?? ''] : []))));
	const targets = await loadReferenceTargets(anchored);
	const steps = checkWalkthrough(raw, targets, new Set(headings.map((heading) => heading.slug)), file);
	return walkthroughView(steps, targets, hrefOf, conceptsByStep(await loadConcepts(), hrefOf));
}

/** The stack chooser's checked rules as drawn on its page; a page id that does not hold stops the build. */
async function stackChooser(hrefOf: (id: string) => string) {
	const questions = checkChooser(await loadChooserQuestions(), await loadChooserTargets());
	const summaries = await loadSummaries();
	return chooserView(questions, {
		page: chooserPage,
		hrefOf,
		titleOf: (id) => summaries.get(id)?.title ?? id,
		pathHrefOf: (language) => hrefOf(`${learningPathPage}/${stackSlug(language)}`),
		path: await loadLearningPath(),
	});
}

/** What a concept page points into: the glossary's headings and the walkthrough's steps. */
async function conceptContext(hrefOf: (id: string) => string): Promise<ConceptContext> {
	return {
		glossary: await loadHeadings('glossary'),
		steps: parseWalkthrough(await loadWalkthroughSteps()),
		walkthroughHref: hrefOf(walkthroughPage),
	};
}
