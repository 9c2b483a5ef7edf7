import type { SelfCheck } from '../schemas/self-check';

/*
 * What the "Check yourself" section of a page draws: its questions with stable ids for the
 * radio groups, every choice with its explanation, and the right one marked.
 */

interface ChoiceView {
	/** The radio button's id (unique on the page). */
	id: string;
	text: string;
	correct: boolean;
	explanation: string;
}

interface QuestionView {
	/** The fieldset's id; the radio group's name. */
	id: string;
	number: number;
	question: string;
	choices: ChoiceView[];
}

export interface SelfCheckView {
	/** The page the score is saved for. */
	pageId: string;
	questions: QuestionView[];
}

export function selfCheckView(pageId: string, check: SelfCheck): SelfCheckView {
	return {
		pageId,
		questions: check.questions.map((question, index) => {
			const id = `check-${index + 1}`;
			return {
				id,
				number: index + 1,
				question: question.question,
				choices: question.choices.map((choice, option) => ({
					id: `${id}-${String.fromCharCode(97 + option)}`,
					text: choice.text,
					correct: choice.correct === true,
					explanation: choice.explanation,
				})),
			};
		}),
	};
}

/**
 * The pages of `kinds` that have no self-check file, and the files whose page does not exist, as
 * one message naming every file (or undefined when all is well).
 */
export function selfCheckProblems(
	pages: ReadonlyArray<{ id: string; kind: string; file: string }>,
	checkIds: ReadonlySet<string>,
	kinds: readonly string[],
): string | undefined {
	const lines = [
		...pages
			.filter((page) => kinds.includes(page.kind) && !checkIds.has(page.id))
			.map(
				(page) =>
					`  - ${page.file.replace(/\.mdx?$/, '.checks.yaml')}: expected self-check questions for this ${page.kind} page (3 to 5; see CONTRIBUTING.md)`,
			),
		...[...checkIds]
			.filter((id) => !pages.some((page) => page.id === id))
			.map((id) => `  - ${id}.checks.yaml: expected a page "${id}" beside it, but there is none`),
	];
	return lines.length ? `Self-check questions: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n${lines.join('\n')}` : undefined;
}
