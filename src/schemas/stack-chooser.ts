import { z } from 'astro/zod';

/*
 * "Choose your first stack" (/start-here/choose-your-stack/): the questions, their answers and
 * what each answer counts for, as typed data. The data lives in content/stack-chooser.yaml, one
 * entry per question. Each answer favours one or more stacks (a language page, with a framework
 * page except for Go) with points and a reason, and may add cautions: what the own page of a
 * stack it does not favour says against that answer. The build checks every page id
 * (src/lib/stack-chooser-rules.ts); the suggestion is worked out by src/lib/stack-chooser.ts.
 */

/** A name that appears in the page's address (`?build=api`): lower-case words and dashes. */
const urlName = (what: string) =>
	z
		.string({ error: `expected ${what}: lower-case words and dashes, such as "first-job"` })
		.regex(/^[a-z][a-z0-9-]*$/, `expected ${what}: lower-case words and dashes, such as "first-job"`)
		.max(20, `expected ${what} of at most 20 characters (it appears in the address)`);

/** A page id in one folder: "languages/python". */
const pageIn = (folder: string, example: string) =>
	z
		.string({ error: `expected the id of a page in ${folder}/, such as "${example}"` })
		.regex(new RegExp(`^${folder}/[a-z0-9][a-z0-9-]*$`), `expected the id of a page in ${folder}/, such as "${example}"`);

/** Any page id, for the pages a reason or caution is taken from. */
const anyPage = z
	.string({ error: 'expected a page id such as "frameworks/django"' })
	.regex(/^[a-z0-9][a-z0-9/-]*$/, 'expected a page id such as "frameworks/django"');

/**
 * One sentence a reader sees in the table and in the result. It must be true of the stack by
 * that stack's own pages (`from`), so it carries no figures (a figure would need a source) and
 * never calls a stack the best.
 */
const sentence = (what: string) =>
	z
		.string({ error: `expected ${what}, in one sentence` })
		.min(30, `expected ${what} in at least 30 characters`)
		.max(160, `expected ${what} in at most 160 characters (one short sentence)`)
		.regex(/^[A-Z].*[.]$/, `expected ${what} as one sentence, starting with a capital letter and ending with a full stop`)
		.refine((text) => !/[.!?]\s+[A-Z]/.test(text), `expected ${what} in one sentence, not several`)
		.refine((text) => !/\bbest\b/i.test(text), `expected ${what} that does not call a stack "best": the chooser never ranks stacks`)
		.refine((text) => !/\d/.test(text), `expected ${what} without figures: a figure needs a source, and the chooser cites none`);

/** The stack an entry is about: a language page and, except for a language used on its own (Go), a framework page. */
const stackFields = {
	language: pageIn('languages', 'languages/python'),
	framework: pageIn('frameworks', 'frameworks/django').optional(),
	/** The stack's own pages that say what the sentence says: its language, framework or runtime. */
	from: z
		.array(anyPage, { error: 'expected a list of the pages the sentence is taken from, such as [frameworks/django]' })
		.min(1, 'expected at least one page the sentence is taken from')
		.max(3),
};

/** A stack an answer favours, with its points and why. */
const favourSchema = z.strictObject({
	...stackFields,
	/** 1: fits; 2: fits well; 3: fits exactly. */
	points: z
		.number({ error: 'expected the points this answer gives the stack: 1, 2 or 3' })
		.int('expected whole points: 1, 2 or 3')
		.min(1, 'expected 1, 2 or 3 points')
		.max(3, 'expected 1, 2 or 3 points'),
	reason: sentence('the reason'),
});

/** What a stack's own page says against an answer; shown beside the reasons when that stack is suggested. */
const cautionSchema = z.strictObject({
	...stackFields,
	note: sentence('the caution'),
});

/** The key of a stack within one answer, to catch a stack listed twice. */
const stackOf = (entry: { language: string; framework?: string | undefined }) => `${entry.language}+${entry.framework ?? ''}`;

const answerSchema = z
	.strictObject({
		/** The answer's value in the address (`?build=api`). */
		id: urlName('an answer id'),
		/** What the reader picks, as the radio button's label. */
		label: z.string({ error: 'expected the answer as the reader sees it' }).min(5).max(80, 'expected an answer of at most 80 characters'),
		favours: z.array(favourSchema).min(1, 'expected at least one stack this answer favours').max(5, 'expected at most five stacks'),
		cautions: z.array(cautionSchema).max(4, 'expected at most four cautions').default([]),
	})
	.superRefine((answer, ctx) => {
		const favoured = new Set<string>();
		answer.favours.forEach((favour, index) => {
			const key = stackOf(favour);
			if (favoured.has(key))
				ctx.addIssue({ code: 'custom', path: ['favours', index], message: `expected each stack once, "${key}" is listed twice` });
			favoured.add(key);
		});
		answer.cautions.forEach((caution, index) => {
			if (favoured.has(stackOf(caution)))
				ctx.addIssue({
					code: 'custom',
					path: ['cautions', index],
					message: `expected a caution about a stack this answer does not favour, got "${stackOf(caution)}"`,
				});
		});
	});

/** One question of the form: a fieldset whose legend is the question and whose radio buttons are its answers. */
export const chooserQuestionSchema = z
	.strictObject({
		/** The question's name in the address (`?build=…`). */
		id: urlName('a question id'),
		/** Its place in the form, from 1. */
		order: z.number({ error: 'expected the question number, from 1' }).int().min(1),
		/** The question, as the fieldset's legend. */
		legend: z
			.string({ error: 'expected the question as the reader sees it' })
			.min(10)
			.max(60, 'expected a question of at most 60 characters')
			.regex(/\?$/, 'expected a question ending with "?"'),
		answers: z.array(answerSchema).min(3, 'expected 3 to 5 answers').max(5, 'expected 3 to 5 answers'),
	})
	.superRefine((question, ctx) => {
		const seen = new Set<string>();
		question.answers.forEach((answer, index) => {
			if (seen.has(answer.id))
				ctx.addIssue({
					code: 'custom',
					path: ['answers', index, 'id'],
					message: `expected a unique answer id, "${answer.id}" is used twice`,
				});
			seen.add(answer.id);
		});
	});

export type ChooserQuestion = z.output<typeof chooserQuestionSchema>;

/** The whole form: questions numbered 1 … n with unique ids. */
export const chooserSchema = z
	.array(chooserQuestionSchema)
	.min(2, 'expected 2 to 6 questions')
	.max(6, 'expected 2 to 6 questions')
	.superRefine((questions, ctx) => {
		const seen = new Set<string>();
		questions.forEach((question, index) => {
			if (seen.has(question.id))
				ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `expected a unique question id, "${question.id}" is used twice` });
			seen.add(question.id);
		});
		const orders = questions.map((question) => question.order).sort((a, b) => a - b);
		if (orders.some((order, index) => order !== index + 1)) {
			ctx.addIssue({
				code: 'custom',
				path: [],
				message: `expected questions numbered 1 to ${questions.length} without gaps or repeats, got ${orders.join(', ')}`,
			});
		}
	});
