import type { ChooserQuestion } from '../schemas/stack-chooser';
import type { LearningPath } from './learning-path';
import type { Link } from './page-view';
import { stackKey, toRules, type ChooserRules } from './stack-chooser';

/** A stack as the chooser shows it: its name, its pages and its learning path. */
export interface ChooserStackView {
	key: string;
	/** "Python with Django", "Go and its standard library"; "Ruby on Rails" when the framework's name already says the language. */
	title: string;
	/** The title in pieces, the language's and framework's names linked to their pages. */
	name: Array<{ text: string; href?: string | undefined }>;
	language: Link;
	framework?: Link | undefined;
	/** The runtime the stack's framework needs first, if any ("Node.js" for Express and NestJS). */
	runtime?: Link | undefined;
	/** The learning path for the stack's language. */
	path: Link;
}

/** One row of the rules table: an answer, the stacks it favours with points and why, and its cautions. */
interface ChooserRowView {
	answer: { id: string; label: string };
	favours: Array<{ stack: ChooserStackView; points: number; reason: string; from: Link[] }>;
	cautions: Array<{ stack: ChooserStackView; note: string; from: Link[] }>;
}

/** What the chooser's page draws: the form, a card for each stack (shown by the script), and the rules table. */
export interface ChooserView {
	/** The page's own address: the form submits to it. */
	action: string;
	questions: Array<{ id: string; legend: string; answers: Array<{ id: string; label: string }> }>;
	/** Every stack the rules name, in alphabetical order of key. */
	stacks: ChooserStackView[];
	/** The rules table: one group of rows per question, headed by the question, one row per answer. */
	table: Array<{ question: { id: string; legend: string; number: number }; rows: ChooserRowView[] }>;
	/** The rules for the browser's copy of `suggest`. */
	rules: ChooserRules;
}

export interface ChooserViewContext {
	/** The chooser page's id, for the form's action. */
	page: string;
	hrefOf: (id: string) => string;
	titleOf: (id: string) => string;
	/** The address of a language's learning path. */
	pathHrefOf: (language: string) => string;
	path: Pick<LearningPath, 'byId'>;
}

/** Alphabetical order of stack keys, the same order as the suggestion's (plain code-unit order, as Array.prototype.sort). */
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The first runtime page a page needs, following its prerequisites (read-first pages) breadth
 * first: Express needs Node.js directly, NestJS through Express. Undefined when none does.
 */
export function runtimeOf(path: Pick<LearningPath, 'byId'>, start: string): string | undefined {
	const queue = [start];
	const seen = new Set(queue);
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		const page = path.byId.get(id);
		if (!page) continue;
		if (id !== start && page.kind === 'runtime') return id;
		for (const next of page.readFirst) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return undefined;
}

/** The view of checked questions (see checkChooser in src/lib/stack-chooser-rules.ts). */
export function chooserView(questions: readonly ChooserQuestion[], context: ChooserViewContext): ChooserView {
	const { hrefOf, titleOf } = context;
	const link = (id: string): Link => ({ href: hrefOf(id), title: titleOf(id) });
	const stacks = new Map<string, ChooserStackView>();
	const stackOf = (entry: { language: string; framework?: string | undefined }): ChooserStackView => {
		const key = stackKey(entry.language, entry.framework);
		let stack = stacks.get(key);
		if (!stack) {
			const runtime = runtimeOf(context.path, entry.framework ?? entry.language);
			const language = link(entry.language);
			const framework = entry.framework ? link(entry.framework) : undefined;
			const linked = (page: Link) => ({ text: page.title, href: page.href });
			// "Ruby on Rails" already says its language: "Ruby with Ruby on Rails" would say it twice.
			const namesLanguage = framework?.title.split(' ').includes(language.title) ?? false;
			stack = {
				key,
				title: !framework
					? `${language.title} and its standard library`
					: namesLanguage
						? framework.title
						: `${language.title} with ${framework.title}`,
				name: !framework
					? [linked(language), { text: ' and its standard library' }]
					: namesLanguage
						? [linked(framework), { text: ' (' }, linked(language), { text: ')' }]
						: [linked(language), { text: ' with ' }, linked(framework)],
				language,
				framework,
				runtime: runtime ? link(runtime) : undefined,
				path: { href: context.pathHrefOf(entry.language), title: `The learning path for ${language.title}` },
			};
			stacks.set(key, stack);
		}
		return stack;
	};
	const ordered = [...questions].sort((a, b) => a.order - b.order);
	const table = ordered.map((question, index) => ({
		question: { id: question.id, legend: question.legend, number: index + 1 },
		rows: question.answers.map((answer) => ({
			answer: { id: answer.id, label: answer.label },
			// The strongest first; equal points in alphabetical order, so the file's order favours no one.
			favours: answer.favours
				.map((favour) => ({ stack: stackOf(favour), points: favour.points, reason: favour.reason, from: favour.from.map(link) }))
				.sort((a, b) => b.points - a.points || byKey(a.stack, b.stack)),
			cautions: answer.cautions
				.map((caution) => ({ stack: stackOf(caution), note: caution.note, from: caution.from.map(link) }))
				.sort((a, b) => byKey(a.stack, b.stack)),
		})),
	}));
	return {
		action: hrefOf(context.page),
		questions: ordered.map((question) => ({
			id: question.id,
			legend: question.legend,
			answers: question.answers.map((answer) => ({ id: answer.id, label: answer.label })),
		})),
		stacks: [...stacks.values()].sort(byKey),
		table,
		rules: toRules(ordered),
	};
}
