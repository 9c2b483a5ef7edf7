import { levels } from '../schemas/path';
import { learningPathPage, stackPath, type LearningPath, type PathPage } from './learning-path';
import { layoutPathDiagram, type PathDiagramLayout } from './path-diagram';

/** The last part of a language page's id names its stack: "languages/python" → "python". */
export const stackSlug = (languageId: string) => languageId.split('/').at(-1) ?? languageId;

interface PathItem {
	id: string;
	hash: string;
	href: string;
	title: string;
	/** "Concept", "Language" … */
	kind: string;
	minutes: number;
	position: number;
	/** On a stack branch: the language it is for ("Python"). */
	branch?: string | undefined;
}

interface PathStageView {
	/** Anchor of the stage's heading. */
	anchor: string;
	title: string;
	minutes: number;
	items: PathItem[];
}

export interface PathPageView {
	/** The stack shown, or undefined for every stack. */
	stack?: { title: string; slug: string } | undefined;
	/** Links to the whole path and to each stack's path. */
	stacks: Array<{ title: string; href: string; current: boolean }>;
	stages: PathStageView[];
	pageCount: number;
	minutes: number;
	/** [id, hash] of every page shown, for the progress summary. */
	progressPages: Array<[string, string]>;
	diagram: PathDiagramLayout;
}

interface Context {
	hrefOf: (id: string) => string;
	titleOf: (id: string) => string;
	/** "Concept", "Language", "Guide" … */
	kindLabel: (kind: string) => string;
	hashOf: (id: string) => string;
}

/** What the learning path page draws, for every stack or for the stack of `language`. */
export function pathPageView(whole: LearningPath, context: Context, language?: string): PathPageView {
	const path = language ? stackPath(whole, language) : whole;
	const item = (page: PathPage): PathItem => ({
		id: page.id,
		hash: context.hashOf(page.id),
		href: context.hrefOf(page.id),
		title: page.title,
		kind: context.kindLabel(page.kind),
		minutes: page.minutes,
		position: page.position,
		// A framework or runtime names its language; a language page is its own branch and needs no note.
		branch: language || page.branch === undefined || page.branch === page.id ? undefined : context.titleOf(page.branch),
	});
	const stages = path.stages.map((stage, index) => ({
		anchor: `stage-${index + 1}`,
		title: `${index + 1}. ${levels[stage.level]}`,
		minutes: stage.minutes,
		items: stage.pages.map(item),
	}));
	return {
		stack: language ? { title: context.titleOf(language), slug: stackSlug(language) } : undefined,
		stacks: [
			{ title: 'Every stack', href: context.hrefOf(learningPathPage), current: language === undefined },
			...whole.branches.map((id) => ({
				title: context.titleOf(id),
				href: context.hrefOf(`${learningPathPage}/${stackSlug(id)}`),
				current: id === language,
			})),
		],
		stages,
		pageCount: path.pages.length,
		minutes: path.pages.reduce((sum, page) => sum + page.minutes, 0),
		progressPages: path.pages.map((page) => [page.id, context.hashOf(page.id)]),
		diagram: layoutPathDiagram(path),
	};
}

/** "3 h 25 min", "45 min". */
export function duration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
