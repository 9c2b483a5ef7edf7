import { z } from 'astro/zod';
import { slug } from 'github-slugger';

/*
 * The "Order Now" walkthrough: one food order followed through a backend, as typed steps.
 * The data lives in content/walkthrough/order-now.yaml (one entry per step); the diagram,
 * the ordered list and the step-through on /start-here/order-now/ are all drawn from it.
 */

/** Who does the work in a step. Each has a label for readers and a colour family for the diagram. */
export const actors = {
	'phone-app': { label: 'Phone app', tone: 'blue' },
	gateway: { label: 'Gateway and load balancer', tone: 'purple' },
	'api-server': { label: 'API server', tone: 'green' },
	database: { label: 'Database', tone: 'orange' },
	'payment-provider': { label: 'Payment provider', tone: 'gray' },
	'queue-worker': { label: 'Queue and worker', tone: 'purple' },
	'notification-service': { label: 'Notification service', tone: 'gray' },
} as const satisfies Record<string, { label: string; tone: string }>;

export type Actor = keyof typeof actors;
const actorIds = Object.keys(actors) as [Actor, ...Actor[]];

/** When a step runs: while the phone waits for the answer, or after it, in the background. */
export const timings = {
	'while-you-wait': 'while you wait',
	background: 'in the background',
} as const;
export type Timing = keyof typeof timings;

/**
 * A page or a glossary entry that a step involves: a page id ("databases/postgresql")
 * or a page id with a heading anchor ("glossary#transaction").
 */
const stepReference = z
	.string({ error: 'expected a page id such as "apis/rest" or a glossary anchor such as "glossary#transaction"' })
	.regex(
		/^[a-z0-9][a-z0-9/-]*(#[a-z0-9][a-z0-9-]*)?$/,
		'expected a page id such as "apis/rest" or a glossary anchor such as "glossary#transaction"',
	);

/** A sentence or two of plain English, as read in the step list. */
const prose = (what: string) =>
	z
		.string({ error: `expected ${what}, in a sentence or two` })
		.min(20, `expected ${what} in at least 20 characters`)
		.max(320, `expected ${what} in at most 320 characters (one or two short sentences)`);

/** One step of the walkthrough. */
export const walkthroughStepSchema = z.strictObject({
	/** Stable name of the step, used in element ids: lower-case words and dashes. */
	id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an id in lower-case-with-dashes'),
	/** Position in the trip, from 1. The steps must be numbered 1, 2, 3 … without gaps. */
	order: z.number({ error: 'expected the step number, from 1' }).int().min(1),
	/** The step's name; the page has a section headed "<order>. <title>" that tells it in full. */
	title: z.string().min(5).max(60),
	/** A short name for the diagram's box: at most 26 characters, so it fits on one line. */
	label: z.string().min(3).max(26, 'expected a diagram label of at most 26 characters'),
	/** Who does the work. */
	actor: z.enum(actorIds, { error: `expected one of: ${actorIds.join(', ')}` }),
	/** While the phone waits for the answer, or later in the background. */
	timing: z.enum(Object.keys(timings) as [Timing, ...Timing[]], { error: `expected one of: ${Object.keys(timings).join(', ')}` }),
	/** What happens in this step, in one or two sentences; why it matters and what goes wrong if it
	 * fails are told once, in the step's full section on the page. */
	happens: prose('what happens'),
	/** Technologies and ideas at work: page ids and glossary anchors, each must exist. */
	involves: z.array(stepReference).min(1, 'expected at least one page or glossary entry').max(6),
});

export type WalkthroughStep = z.output<typeof walkthroughStepSchema>;

/** The whole walkthrough: steps numbered 1 … n in order, with unique ids. */
export const walkthroughSchema = z.array(walkthroughStepSchema).superRefine((steps, ctx) => {
	const seen = new Set<string>();
	steps.forEach((step, index) => {
		if (seen.has(step.id))
			ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `expected a unique id, "${step.id}" is used twice` });
		seen.add(step.id);
	});
	const orders = steps.map((step) => step.order).sort((a, b) => a - b);
	if (orders.some((order, index) => order !== index + 1)) {
		ctx.addIssue({
			code: 'custom',
			path: [],
			message: `expected steps numbered 1 to ${steps.length} without gaps or repeats, got ${orders.join(', ')}`,
		});
	}
});

/** The heading anchor of a step's full section on the page: "## 3. The backend checks who you are" → "3-the-backend-checks-who-you-are". */
export function sectionAnchor(step: Pick<WalkthroughStep, 'order' | 'title'>): string {
	// The slugger Astro uses for heading anchors, so the two can never disagree.
	return slug(`${step.order}. ${step.title}`);
}
