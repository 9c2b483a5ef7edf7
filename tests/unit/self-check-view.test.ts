import { describe, expect, it } from 'vitest';
import { selfCheckProblems, selfCheckView } from '../../src/lib/self-check-view';
import { checkedKinds, selfCheckSchema } from '../../src/schemas/self-check';

const choice = (text: string, correct = false) => ({
	text,
	...(correct ? { correct: true as const } : {}),
	explanation: `${text} is explained here in a full sentence for the reader.`,
});
const question = (text: string, right = 1) => ({
	question: `${text}: which of these is right?`,
	choices: [choice('First'), choice('Second'), choice('Third')].map((c, i) => (i === right ? { ...c, correct: true as const } : c)),
});
const valid = { questions: [question('One'), question('Two', 0), question('Three', 2)] };
const issues = (data: unknown) => {
	const result = selfCheckSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the self-check schema', () => {
	it('accepts three questions with one right choice each and every choice explained', () => {
		expect(issues(valid)).toEqual([]);
	});

	it('refuses a choice without an explanation, naming where', () => {
		const broken = structuredClone(valid) as { questions: Array<{ choices: Array<Record<string, unknown>> }> };
		delete broken.questions[1]!.choices[2]!['explanation'];
		expect(issues(broken)).toEqual([
			'questions.1.choices.2.explanation: expected an explanation of this choice (why it is right, or why a reader might think so and what is wrong with it)',
		]);
	});

	it('refuses no right choice, two right choices, a repeated choice and too few questions', () => {
		const none = { questions: [{ ...question('A'), choices: [choice('x'), choice('y'), choice('z')] }, question('B'), question('C')] };
		expect(issues(none)).toEqual(['questions.0.choices: expected exactly one choice marked "correct: true", got 0']);
		const two = {
			questions: [{ ...question('A'), choices: [choice('x', true), choice('y', true), choice('z')] }, question('B'), question('C')],
		};
		expect(issues(two)).toEqual(['questions.0.choices: expected exactly one choice marked "correct: true", got 2']);
		const repeated = {
			questions: [{ ...question('A'), choices: [choice('x', true), choice('y'), choice('Y')] }, question('B'), question('C')],
		};
		expect(issues(repeated)).toEqual(['questions.0.choices: expected different choices, "y" is there twice']);
		expect(issues({ questions: [question('A'), question('B')] })).toEqual(['questions: expected 3 to 5 questions']);
	});
});

describe('the self-check view', () => {
	it('gives every question and choice an id that is unique on the page, and marks the right choice', () => {
		const view = selfCheckView('concepts/http', selfCheckSchema.parse(valid));
		const ids = view.questions.flatMap((q) => [q.id, ...q.choices.map((c) => c.id)]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(view.questions[1]?.choices.filter((c) => c.correct).map((c) => c.text)).toEqual(['First']);
		expect(view.questions.map((q) => q.number)).toEqual([1, 2, 3]);
	});

	it('names every page of a checked kind without questions, and every file beside no page', () => {
		const pages = [
			{ id: 'concepts/http', kind: 'concept', file: 'content/docs/concepts/http.mdx' },
			{ id: 'languages/go', kind: 'language', file: 'content/docs/languages/go.mdx' },
			{ id: 'databases/redis', kind: 'database', file: 'content/docs/databases/redis.mdx' },
		];
		expect(selfCheckProblems(pages, new Set(['concepts/http', 'concepts/gone']), checkedKinds)).toBe(
			[
				'Self-check questions: 2 problems',
				'  - content/docs/languages/go.checks.yaml: expected self-check questions for this language page (3 to 5; see CONTRIBUTING.md)',
				'  - concepts/gone.checks.yaml: expected a page "concepts/gone" beside it, but there is none',
			].join('\n'),
		);
		expect(selfCheckProblems(pages.slice(0, 1), new Set(['concepts/http']), checkedKinds)).toBeUndefined();
	});
});
