import { stageLevels, type Level } from '../schemas/path';
import type { ContentIssue } from './content-errors';

/*
 * THE LEARNING PATH, computed from the pages' own front-matter: each page's `level` (its stage),
 * `minutes` and `prerequisites`. Plain data in, plain data out; the build checks it with
 * pathProblems, and the path page, every page's "Read first" / "Read next" and the progress
 * controls draw what learningPath returns.
 */

/** The id of the learning path page; each stack's path is at learning-path/<language>. */
export const learningPathPage = 'learning-path';

/** What the path needs to know about one page. */
export interface PathInput {
	id: string;
	title: string;
	kind: string;
	level: Level;
	minutes?: number | undefined;
	prerequisites: readonly string[];
	/**
	 * The language page whose branch this page is on: its own id for a language page, the language
	 * its facts name for a framework or runtime; undefined for a page every reader reads.
	 */
	branch?: string | undefined;
	/** Position among its siblings in the sidebar, used to order pages the prerequisites leave free. */
	order?: number | undefined;
}

export interface PathPage {
	id: string;
	title: string;
	kind: string;
	level: Level;
	minutes: number;
	branch?: string | undefined;
	/** 1-based position on the whole path. */
	position: number;
	readFirst: string[];
	/** Pages that list this one as a prerequisite, in path order. */
	readNext: string[];
}

interface PathStage {
	level: Level;
	pages: PathPage[];
	minutes: number;
}

export interface LearningPath {
	stages: PathStage[];
	/** Every page on the path, in reading order. */
	pages: PathPage[];
	byId: ReadonlyMap<string, PathPage>;
	/** The language pages that start a branch, in path order. */
	branches: string[];
}

const isOnPath = (page: { level: Level }) => page.level !== 'reference';
const stageIndex = (level: Level) => (stageLevels as readonly Level[]).indexOf(level);

/** Kinds read in this order where the prerequisites leave the order free: the stack first, then ideas, then tools. */
const kindRank = (kind: string) => ['guide', 'language', 'runtime', 'concept', 'framework'].indexOf(kind) + 1 || 6;

/**
 * Every problem of the path, by page id: a page on the path without its minutes, a prerequisite
 * that is a reference page or sits at a later stage, a page outside the first stage that nothing
 * leads to, and each prerequisite cycle (reported on every page in it, naming the whole loop).
 * Unknown ids are reported by the reference checks (src/lib/references.ts) and skipped here.
 */
export function pathProblems(pages: readonly PathInput[]): Map<string, ContentIssue[]> {
	const problems = new Map<string, ContentIssue[]>();
	const add = (id: string, issue: ContentIssue) => problems.set(id, [...(problems.get(id) ?? []), issue]);
	const byId = new Map(pages.map((page) => [page.id, page]));
	const first = stageLevels[0];
	for (const page of pages.filter(isOnPath)) {
		if (page.minutes === undefined)
			add(page.id, {
				field: 'minutes',
				expected: 'expected the minutes it takes to read the page and try it, since it is on the learning path',
			});
		page.prerequisites.forEach((target, index) => {
			const other = byId.get(target);
			if (!other) return;
			if (!isOnPath(other))
				add(page.id, {
					field: `prerequisites.${index}`,
					expected: `expected a page on the learning path, got "${target}", a reference page`,
				});
			else if (stageIndex(other.level) > stageIndex(page.level))
				add(page.id, {
					field: `prerequisites.${index}`,
					expected: `expected a page at level "${page.level}" or an earlier stage, got "${target}" at the later level "${other.level}": move one of the two pages`,
				});
		});
		const known = page.prerequisites.filter((target) => byId.has(target));
		if (known.length === 0 && page.level !== first)
			add(page.id, {
				field: 'prerequisites',
				expected: `expected at least one page to read first: no path reaches this "${page.level}" page (only "${first}" pages may start the path)`,
			});
	}
	for (const cycle of prerequisiteCycles(pages.filter(isOnPath))) {
		const loop = [...cycle, cycle[0]].map((id) => `"${id}"`).join(' → ');
		for (const id of cycle) add(id, { field: 'prerequisites', expected: `expected no cycle, but ${loop} each need the next first` });
	}
	return problems;
}

/** The prerequisite cycles among `pages`, each once, as the ids in the loop starting from the smallest. */
export function prerequisiteCycles(pages: readonly PathInput[]): string[][] {
	const byId = new Map(pages.map((page) => [page.id, page]));
	const state = new Map<string, 'open' | 'done'>();
	const cycles = new Map<string, string[]>();
	const stack: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'open');
		stack.push(id);
		for (const next of byId.get(id)?.prerequisites ?? []) {
			if (!byId.has(next)) continue;
			if (state.get(next) === 'open') {
				const loop = stack.slice(stack.indexOf(next));
				const start = loop.indexOf([...loop].sort()[0]!);
				const rotated = [...loop.slice(start), ...loop.slice(0, start)];
				cycles.set(rotated.join(' '), rotated);
			} else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const page of [...pages].sort((a, b) => a.id.localeCompare(b.id))) if (!state.has(page.id)) visit(page.id);
	return [...cycles.values()];
}

/**
 * The path of checked pages (pathProblems found nothing): the stages in order, each page after
 * everything it needs. Where the prerequisites leave a choice, a stage reads guides, then
 * languages and runtimes, then ideas, then frameworks, then tools, each in sidebar order.
 */
export function learningPath(input: readonly PathInput[]): LearningPath {
	const onPath = input.filter(isOnPath);
	const ids = new Set(onPath.map((page) => page.id));
	const needs = new Map(onPath.map((page) => [page.id, page.prerequisites.filter((id) => ids.has(id))]));
	const ordered: PathInput[] = [];
	const placed = new Set<string>();
	for (const level of stageLevels) {
		const waiting = onPath.filter((page) => page.level === level);
		while (waiting.length > 0) {
			const ready = waiting.filter((page) => needs.get(page.id)!.every((id) => placed.has(id)));
			if (ready.length === 0) throw new Error(`learning path: a prerequisite cycle among ${waiting.map((page) => page.id).join(', ')}`);
			ready.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title, 'en'));
			const next = ready[0]!;
			ordered.push(next);
			placed.add(next.id);
			waiting.splice(waiting.indexOf(next), 1);
		}
	}
	const position = new Map(ordered.map((page, index) => [page.id, index + 1]));
	const dependents = new Map<string, string[]>();
	for (const page of ordered) for (const id of needs.get(page.id)!) dependents.set(id, [...(dependents.get(id) ?? []), page.id]);
	const pages: PathPage[] = ordered.map((page) => ({
		id: page.id,
		title: page.title,
		kind: page.kind,
		level: page.level,
		minutes: page.minutes ?? 0,
		branch: page.branch,
		position: position.get(page.id)!,
		readFirst: [...needs.get(page.id)!].sort((a, b) => position.get(a)! - position.get(b)!),
		readNext: dependents.get(page.id) ?? [],
	}));
	const stages = stageLevels.map((level) => {
		const stagePages = pages.filter((page) => page.level === level);
		return { level, pages: stagePages, minutes: stagePages.reduce((sum, page) => sum + page.minutes, 0) };
	});
	const branches = pages.filter((page) => page.branch === page.id).map((page) => page.id);
	return { stages: stages.filter((stage) => stage.pages.length > 0), pages, byId: new Map(pages.map((page) => [page.id, page])), branches };
}

/**
 * The path for one stack: every page no branch claims, the pages of `language`'s branch, and
 * everything those need first (so TypeScript's path keeps the JavaScript pages it builds on).
 */
export function stackPath(path: LearningPath, language: string): LearningPath {
	if (!path.branches.includes(language))
		throw new Error(`learning path: "${language}" is not a language on the path (${path.branches.join(', ')})`);
	const keep = new Set<string>();
	const add = (id: string) => {
		if (keep.has(id)) return;
		keep.add(id);
		path.byId.get(id)?.readFirst.forEach(add);
	};
	for (const page of path.pages) if (page.branch === undefined || page.branch === language) add(page.id);
	const pages = path.pages
		.filter((page) => keep.has(page.id))
		.map((page, index) => ({ ...page, position: index + 1, readNext: page.readNext.filter((id) => keep.has(id)) }));
	const stages = path.stages
		.map((stage) => {
			const stagePages = pages.filter((page) => page.level === stage.level);
			return { level: stage.level, pages: stagePages, minutes: stagePages.reduce((sum, page) => sum + page.minutes, 0) };
		})
		.filter((stage) => stage.pages.length > 0);
	return { stages, pages, byId: new Map(pages.map((page) => [page.id, page])), branches: [language] };
}
