/**
 * The "Order Now" walkthrough's data: the schema accepts the real steps and rejects bad ones
 * with the step and the field named; every reference resolves; the text reads easily; and the
 * page around it has each step's section and links to the endpoint in eight stacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../../src/lib/content-errors';
import {
	brokenStepReferences,
	checkWalkthrough,
	missingSections,
	parseWalkthrough,
	resolveReference,
	walkthroughFile,
	type ReferenceTargets,
} from '../../src/lib/walkthrough-refs';
import { actors, sectionAnchor, walkthroughStepSchema, type WalkthroughStep } from '../../src/schemas/walkthrough';
import { loadPages, projectRoot } from '../helpers/content-pages';
import { headingsOf, jsxElements, nodesOfType, mdxTree } from '../helpers/markdown';
import { placeholderPattern, sentences } from '../helpers/prose-stats';

const raw = parseYaml(readFileSync(join(projectRoot, walkthroughFile), 'utf8')) as unknown[];
const steps = parseWalkthrough(raw);
const pages = loadPages();
const pageFile = 'content/docs/start-here/order-now.mdx';
const page = pages.find((candidate) => candidate.file === pageFile);

const targets: ReferenceTargets = {
	pages: new Map(pages.map((entry) => [entry.id, { title: String(entry.frontmatter['title']), headings: headingsOf(entry.body) }])),
};

const valid: WalkthroughStep = {
	id: 'send-request',
	order: 1,
	title: 'The phone sends the order',
	label: 'App sends the order',
	actor: 'phone-app',
	timing: 'while-you-wait',
	happens: 'The app sends the order to the backend as a request.',
	involves: ['glossary#request', 'apis/rest'],
};

/** The message of the error `fn` throws. */
const messageOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	return '';
};

describe('the walkthrough data', () => {
	it('follows one order from the tap to the answer, working out the bill before the order is saved with its total', () => {
		const at = (id: string) => steps.findIndex((step) => step.id === id);
		expect(steps).toHaveLength(11);
		expect(steps[0]?.id).toBe('send-request');
		expect(steps.at(-1)?.id).toBe('response');
		expect(at('check-order')).toBeLessThan(at('bill'));
		expect(at('bill')).toBeLessThan(at('save-order'));
		expect(at('save-order')).toBeLessThan(at('payment'));
	});

	it('names the actors the issue asks for', () => {
		const used = new Set(steps.map((step) => step.actor));
		for (const actor of [
			'phone-app',
			'gateway',
			'api-server',
			'database',
			'payment-provider',
			'queue-worker',
			'notification-service',
		] as const) {
			expect(used.has(actor), actor).toBe(true);
		}
	});

	it('points only at pages and glossary entries that exist', () => {
		expect(brokenStepReferences(steps, targets)).toEqual([]);
		expect(steps.flatMap((step) => step.involves).filter((ref) => ref.startsWith('glossary#')).length).toBeGreaterThan(15);
	});

	it('has a full section on the page for every step, headed "<order>. <title>"', () => {
		expect(page).toBeDefined();
		expect(missingSections(steps, new Set(headingsOf(page?.body ?? '').keys()), pageFile)).toEqual([]);
	});

	it('reads easily: at most 17 words a sentence on average, none over 30, no placeholder text', () => {
		const text = steps.map((step) => step.happens);
		const all = text.flatMap(sentences);
		const words = all.map((sentence) => sentence.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length);
		const average = words.reduce((sum, n) => sum + n, 0) / words.length;
		expect(average, `average ${average.toFixed(1)} words`).toBeLessThanOrEqual(17);
		expect(Math.max(...words)).toBeLessThanOrEqual(30);
		expect(text.join(' ')).not.toMatch(placeholderPattern);
	});
});

describe('the walkthrough schema', () => {
	it('accepts a complete step', () => {
		expect(walkthroughStepSchema.parse(valid)).toEqual(valid);
	});

	it.each([
		['an unknown actor', { actor: 'kitchen' }, `step 1 "send-request": actor: expected one of: ${Object.keys(actors).join(', ')}`],
		['a missing field', { happens: undefined }, 'step 1 "send-request": happens: expected what happens, in a sentence or two'],
		['a misspelt field', { failures: 'x' }, 'step 1 "send-request": failures: expected no field of this name here'],
		['a reference that is not a page id', { involves: ['Glossary: transaction'] }, 'involves.0: expected a page id such as "apis/rest"'],
		[
			'a label too long for its box',
			{ label: 'The app sends the order to the API' },
			'label: expected a diagram label of at most 26 characters',
		],
		['no references', { involves: [] }, 'involves: expected at least one page or glossary entry'],
	])('rejects %s, naming the file, the step and the field', (_what, change, expected) => {
		const message = messageOf(() => parseWalkthrough([{ ...valid, ...change }]));
		expect(message).toContain(walkthroughFile);
		expect(message).toContain(expected);
	});

	it('rejects steps with a gap in the numbering', () => {
		const message = messageOf(() => parseWalkthrough([valid, { ...valid, id: 'front-door', order: 3 }]));
		expect(message).toContain('expected steps numbered 1 to 2 without gaps or repeats, got 1, 3');
	});

	it('rejects two steps with the same id', () => {
		expect(messageOf(() => parseWalkthrough([valid, { ...valid, order: 2 }]))).toContain('step 2 "send-request": id: expected a unique id');
	});

	it('returns the steps sorted by their number', () => {
		const [first, second] = parseWalkthrough([
			{ ...valid, id: 'b', order: 2 },
			{ ...valid, id: 'a', order: 1 },
		]);
		expect([first?.id, second?.id]).toEqual(['a', 'b']);
	});

	it('makes the anchor of a step’s section the way Starlight does', () => {
		expect(sectionAnchor({ order: 5, title: 'The order is saved, all or nothing' })).toBe('5-the-order-is-saved-all-or-nothing');
	});
});

describe('references', () => {
	it('resolve to the page title, or to the heading for a glossary anchor', () => {
		expect(resolveReference('databases/postgresql', targets)).toMatchObject({ pageId: 'databases/postgresql', text: 'PostgreSQL' });
		expect(resolveReference('glossary#load-balancer', targets)).toMatchObject({
			pageId: 'glossary',
			anchor: 'load-balancer',
			text: 'Load balancer',
		});
	});

	it('that break are reported with the step, the field and a suggestion', () => {
		const broken = { ...valid, involves: ['databases/postgres', 'postgresql', 'glossary#transactions'] };
		expect(brokenStepReferences([broken], targets)).toEqual([
			{ field: 'step 1 "send-request": involves.0', expected: 'expected the id of an existing page, got "databases/postgres"' },
			{
				field: 'step 1 "send-request": involves.1',
				expected: 'expected the id of an existing page, got "postgresql" (did you mean "databases/postgresql"?)',
			},
			{
				field: 'step 1 "send-request": involves.2',
				expected: 'expected a heading anchor of "glossary", got "#transactions" (did you mean "#trace" or "#transaction"?)',
			},
		]);
	});

	it('stop the build with one message listing every problem', () => {
		const broken = [{ ...valid, involves: ['glossary#nope'] }];
		let error: unknown;
		try {
			checkWalkthrough(broken, targets, new Set(), pageFile);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ContentError);
		expect((error as Error).message).toBe(
			[
				`${walkthroughFile}: 2 problems`,
				'  - step 1 "send-request": involves.0: expected a heading anchor of "glossary", got "#nope"',
				`  - step 1 "send-request": title: expected ${pageFile} to have the section "## 1. The phone sends the order" (anchor #1-the-phone-sends-the-order)`,
			].join('\n'),
		);
	});
});

describe('the walkthrough page', () => {
	const body = page?.body ?? '';

	it('draws the walkthrough', () => {
		expect(jsxElements(body).map((element) => element.name)).toContain('OrderWalkthrough');
	});

	it('leaves the eight endpoint samples to their own page, and links to it', () => {
		expect(jsxElements(body).map((element) => element.name)).not.toContain('Tabs');
		expect(nodesOfType(mdxTree(body), 'code')).toEqual([]);
		expect(nodesOfType(mdxTree(body), 'link').map((link) => link.url)).toContain('/start-here/order-endpoint/');
	});
});
