import { z } from 'astro/zod';

/*
 * Self-check questions: a file beside the page they test, `<page>.checks.yaml`
 * (content/docs/concepts/http.checks.yaml tests /concepts/http/). Every concept, language and
 * framework page has one. Each question has three or four choices, exactly one of them right,
 * and an explanation for every choice: why it is right, or the misunderstanding behind it.
 */

const sentence = (what: string, min: number, max: number) =>
	z
		.string({ error: `expected ${what}` })
		.trim()
		.min(min, `expected ${what} of at least ${min} characters`)
		.max(max, `expected ${what} of at most ${max} characters`);

const choiceSchema = z.strictObject({
	/** What the reader can pick. */
	text: sentence('the text of the choice', 1, 160),
	/** Present and true on the one right choice. */
	correct: z.literal(true).optional(),
	/** Why this choice is right, or the misunderstanding that leads a reader to pick it. */
	explanation: sentence(
		'an explanation of this choice (why it is right, or why a reader might think so and what is wrong with it)',
		30,
		400,
	),
});

const questionSchema = z
	.strictObject({
		question: sentence('the question', 15, 300),
		choices: z.array(choiceSchema).min(3, 'expected 3 or 4 choices').max(4, 'expected 3 or 4 choices'),
	})
	.superRefine((question, ctx) => {
		const right = question.choices.filter((choice) => choice.correct).length;
		if (right !== 1)
			ctx.addIssue({ code: 'custom', path: ['choices'], message: `expected exactly one choice marked "correct: true", got ${right}` });
		const texts = question.choices.map((choice) => choice.text.toLowerCase());
		const repeated = texts.find((text, index) => texts.indexOf(text) !== index);
		if (repeated) ctx.addIssue({ code: 'custom', path: ['choices'], message: `expected different choices, "${repeated}" is there twice` });
	});

export const selfCheckSchema = z.strictObject({
	questions: z.array(questionSchema).min(3, 'expected 3 to 5 questions').max(5, 'expected 3 to 5 questions'),
});

export type SelfCheck = z.output<typeof selfCheckSchema>;

/** The kinds of page that must have self-check questions. */
export const checkedKinds: readonly string[] = ['concept', 'language', 'framework'];
