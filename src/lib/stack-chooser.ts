/**
 * "Choose your first stack": from the reader's answers to a suggestion. Plain TypeScript with no
 * dependencies, because the same code runs at build time (the tests, the page's rules table) and
 * in the browser (src/scripts/stack-chooser.ts), so the page and its table can never disagree.
 *
 * Each answer gives points to the stacks it favours. The stacks with the most points are the
 * suggestion; when several share the top score, all of them are suggested, as a tie. A question
 * left unanswered, or an answer the rules do not know, changes nothing.
 */
import type { ChooserQuestion } from '../schemas/stack-chooser';

/** A stack an answer favours: its key ("python-django"), points and why. */
interface RuleFavour {
	stack: string;
	points: number;
	reason: string;
}

/** What a stack's own page says against an answer. */
interface RuleCaution {
	stack: string;
	note: string;
}

interface RuleAnswer {
	id: string;
	label: string;
	favours: readonly RuleFavour[];
	cautions: readonly RuleCaution[];
}

interface RuleQuestion {
	id: string;
	legend: string;
	answers: readonly RuleAnswer[];
}

/** The rules as the suggestion reads them: every question with its answers, stacks named by key. */
export type ChooserRules = readonly RuleQuestion[];

/** The reader's answers by question id, as they come from the address (`?build=api` → { build: 'api' }). */
export type ChooserAnswers = Readonly<Record<string, string | undefined>>;

/** One reason a suggested stack scored: which answer gave it, how many points and why. */
interface SuggestionReason {
	stack: string;
	question: string;
	answer: string;
	points: number;
	text: string;
}

/** One caution about a suggested stack, from an answer that does not favour it. */
interface SuggestionCaution {
	stack: string;
	question: string;
	answer: string;
	text: string;
}

export interface Suggestion {
	/** The suggested stacks' keys, in alphabetical order; empty when no answer was understood. */
	stacks: string[];
	/** True when more than one stack shares the top score: they are equally good starting points. */
	tie: boolean;
	/** The top score (0 when nothing is suggested). */
	points: number;
	/** Why each suggested stack scored, question by question. */
	reasons: SuggestionReason[];
	/** What the suggested stacks' own pages say against an answer given. */
	cautions: SuggestionCaution[];
	/** The points of every stack that got any. */
	scores: Readonly<Record<string, number>>;
	/** The answers that counted, in the order of the questions. */
	chosen: Array<{ question: string; answer: string }>;
	/** Parts of the address that are not an answer the rules know ("know=cobol"), left out. */
	ignored: string[];
}

/** The last part of a page id: "frameworks/spring-boot" → "spring-boot". */
const lastPart = (id: string) => id.split('/').at(-1) ?? id;

/** A stack's key from its pages: languages/python + frameworks/django → "python-django"; languages/go alone → "go". */
export function stackKey(language: string, framework?: string): string {
	return framework ? `${lastPart(language)}-${lastPart(framework)}` : lastPart(language);
}

/** The checked questions (src/schemas/stack-chooser.ts) as rules, each stack named by its key. */
export function toRules(questions: readonly ChooserQuestion[]): ChooserRules {
	return [...questions]
		.sort((a, b) => a.order - b.order)
		.map((question) => ({
			id: question.id,
			legend: question.legend,
			answers: question.answers.map((answer) => ({
				id: answer.id,
				label: answer.label,
				favours: answer.favours.map((favour) => ({
					stack: stackKey(favour.language, favour.framework),
					points: favour.points,
					reason: favour.reason,
				})),
				cautions: answer.cautions.map((caution) => ({ stack: stackKey(caution.language, caution.framework), note: caution.note })),
			})),
		}));
}

/** The answers in an address's query: the first value of each name (`?build=api&know=python`). */
export function answersFromQuery(query: string | URLSearchParams): Record<string, string> {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const answers: Record<string, string> = {};
	for (const [name, value] of params) if (!(name in answers)) answers[name] = value;
	return answers;
}

/** The suggestion for `answers`: the stacks with the most points, every one of them when they tie. */
export function suggest(rules: ChooserRules, answers: ChooserAnswers): Suggestion {
	const known = new Set(rules.map((question) => question.id));
	const ignored = Object.entries(answers).flatMap(([name, value]) => {
		if (value === undefined || value === '') return [];
		const question = rules.find((candidate) => candidate.id === name);
		return known.has(name) && question?.answers.some((answer) => answer.id === value) ? [] : [`${name}=${value}`];
	});
	const chosen = rules.flatMap((question) => {
		const answer = question.answers.find((candidate) => candidate.id === answers[question.id]);
		return answer ? [{ question, answer }] : [];
	});

	const scores: Record<string, number> = {};
	for (const { answer } of chosen) for (const favour of answer.favours) scores[favour.stack] = (scores[favour.stack] ?? 0) + favour.points;
	const points = Math.max(0, ...Object.values(scores));
	const stacks = Object.keys(scores)
		.filter((stack) => points > 0 && scores[stack] === points)
		.sort();
	const suggested = new Set(stacks);

	return {
		stacks,
		tie: stacks.length > 1,
		points,
		reasons: chosen.flatMap(({ question, answer }) =>
			answer.favours
				.filter((favour) => suggested.has(favour.stack))
				.map((favour) => ({ stack: favour.stack, question: question.id, answer: answer.id, points: favour.points, text: favour.reason })),
		),
		cautions: chosen.flatMap(({ question, answer }) =>
			answer.cautions
				.filter((caution) => suggested.has(caution.stack))
				.map((caution) => ({ stack: caution.stack, question: question.id, answer: answer.id, text: caution.note })),
		),
		scores,
		chosen: chosen.map(({ question, answer }) => ({ question: question.id, answer: answer.id })),
		ignored,
	};
}
