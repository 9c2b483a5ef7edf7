/**
 * Checks the stack chooser's rules (content/stack-chooser.yaml) against the guide's pages. Plain
 * TypeScript, so the tests need no build; the route middleware calls checkChooser with the real
 * pages and stops the build on a problem, naming the file, the field, the value and what was
 * expected, every problem at once.
 */
import { ContentError, toContentIssues, type ContentIssue } from './content-errors';
import { chooserSchema, type ChooserQuestion } from '../schemas/stack-chooser';

/** The data file, named in every message. */
export const chooserFile = 'content/stack-chooser.yaml';

/** The page that shows the chooser: the one page whose route data carries its view. */
export const chooserPage = 'start-here/choose-your-stack';

/** What the checks need to know about a page. */
interface ChooserPageInfo {
	title: string;
	kind: string;
	/** The language whose branch of the learning path the page is on (src/lib/path-input.ts). */
	branch?: string | undefined;
	aliases: readonly string[];
}

/** The pages the rules may name, by id, and the languages that have a learning path of their own. */
export interface ChooserTargets {
	pages: ReadonlyMap<string, ChooserPageInfo>;
	branches: readonly string[];
}

const where = (question: Pick<ChooserQuestion, 'id'> | undefined, index: number | string) =>
	question ? `question "${question.id}"` : `question ${Number(index) + 1}`;

function formatIssues(issues: readonly ContentIssue[]): string {
	const noun = issues.length === 1 ? 'problem' : 'problems';
	return `${chooserFile}: ${issues.length} ${noun}\n${issues.map(({ field, expected }) => `  - ${field || '(questions)'}: ${expected}`).join('\n')}`;
}

/** Checks the shape of the whole list (numbering, ids, every field) and returns the questions in order. */
export function parseChooser(data: unknown): ChooserQuestion[] {
	const result = chooserSchema.safeParse(data, { reportInput: true });
	if (!result.success) {
		const raw = Array.isArray(data) ? (data as Array<{ id?: unknown } | undefined>) : [];
		const issues = toContentIssues(result.error.issues).map((issue) => {
			const [index = '', ...rest] = issue.field.split('.');
			if (index === '') return issue;
			const id = raw[Number(index)]?.id;
			return { field: `${where(typeof id === 'string' ? { id } : undefined, index)}: ${rest.join('.')}`, expected: issue.expected };
		});
		throw new ContentError(formatIssues(issues));
	}
	return [...result.data].sort((a, b) => a.order - b.order);
}

/** A name as a whole word: "Go" in "Go servers", not in "good"; "C#" in "C# editors". */
const namesIn = (text: string, names: readonly string[]) =>
	names.some((name) => new RegExp(`(?<![\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i').test(text));

/** Every reference of every favour and caution that does not hold, and every sentence that does not name its stack. */
function chooserProblems(questions: readonly ChooserQuestion[], targets: ChooserTargets): ContentIssue[] {
	const { pages, branches } = targets;
	const issues: ContentIssue[] = [];
	const problem = (field: string, expected: string) => issues.push({ field, expected });
	questions.forEach((question) =>
		question.answers.forEach((answer, answerIndex) => {
			const entries = [
				...answer.favours.map((entry, index) => ({
					entry,
					at: `answers.${answerIndex}.favours.${index}`,
					sentence: entry.reason,
					noun: 'reason',
				})),
				...answer.cautions.map((entry, index) => ({
					entry,
					at: `answers.${answerIndex}.cautions.${index}`,
					sentence: entry.note,
					noun: 'note',
				})),
			];
			for (const { entry, at, sentence, noun } of entries) {
				const field = (name: string) => `${where(question, 0)}, answer "${answer.id}": ${at}.${name}`;
				const language = pages.get(entry.language);
				if (!language || language.kind !== 'language') {
					problem(field('language'), `expected the id of an existing language page, got "${entry.language}"`);
					continue;
				}
				if (!branches.includes(entry.language)) {
					problem(field('language'), `expected a language with its own learning path (${branches.join(', ')}), got "${entry.language}"`);
				}
				const framework = entry.framework === undefined ? undefined : pages.get(entry.framework);
				if (entry.framework !== undefined) {
					if (!framework || framework.kind !== 'framework') {
						problem(field('framework'), `expected the id of an existing framework page, got "${entry.framework}"`);
					} else if (framework.branch !== entry.language) {
						problem(
							field('framework'),
							`expected a framework for ${entry.language}, got "${entry.framework}" (a framework for ${framework.branch ?? 'no language'})`,
						);
					}
				}
				const sources = entry.from.map((id) => ({ id, page: pages.get(id) }));
				sources.forEach(({ id, page }, index) => {
					if (!page) problem(field(`from.${index}`), `expected the id of an existing page, got "${id}"`);
					else if (page.branch !== entry.language) {
						problem(
							field(`from.${index}`),
							`expected a page of this stack (${entry.language}, or a framework or runtime for it), got "${id}" (${page.branch ? `a page for ${page.branch}` : 'a page for every stack'})`,
						);
					}
				});
				const named = [language, framework, ...sources.map(({ page }) => page)].filter((page) => page !== undefined);
				const names = named.flatMap((page) => [page.title, ...page.aliases]);
				if (!namesIn(sentence, names)) {
					problem(
						field(noun),
						`expected the ${noun} to name what it is about (${[...new Set(named.map((page) => page.title))].join(', ')}), got "${sentence}"`,
					);
				}
			}
		}),
	);
	return issues;
}

/** All checks at once, for the build: throws one ContentError listing every problem. */
export function checkChooser(data: unknown, targets: ChooserTargets): ChooserQuestion[] {
	const questions = parseChooser(data);
	const issues = chooserProblems(questions, targets);
	if (issues.length) throw new ContentError(formatIssues(issues));
	return questions;
}
