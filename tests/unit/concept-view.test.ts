import { describe, expect, it } from 'vitest';
import { conceptView, conceptsByStep, type ConceptContext } from '../../src/lib/concept-view';
import { pageSchema, type ConceptData } from '../../src/schemas/page';

const concept = (change: Record<string, unknown> = {}) =>
	pageSchema.parse({
		title: 'Transactions',
		description: 'What a database transaction protects, and the race conditions it does not stop on its own.',
		kind: 'concept',
		summary: 'A transaction saves several changes together, or none of them.',
		level: 'next-steps',
		prerequisites: ['concepts/sql'],
		walkthroughSteps: ['save-order'],
		keyTerms: ['glossary#transaction', 'glossary#acid'],
		related: ['databases/postgresql'],
		...change,
	}) as ConceptData;

const context: ConceptContext = {
	glossary: new Map([
		['transaction', 'Transaction'],
		['acid', 'ACID'],
	]),
	steps: [
		{ id: 'send-request', order: 1, title: 'The phone sends the order' },
		{ id: 'save-order', order: 5, title: 'The order is saved, all or nothing' },
	],
	walkthroughHref: '/start-here/order-now/',
};
const page = (id: string) => ({ href: `/${id}/`, title: id === 'concepts/sql' ? 'SQL and data modelling' : id });

describe('conceptView', () => {
	it('shows the idea in a sentence, its walkthrough steps and its key terms', () => {
		expect(conceptView(concept(), 'concepts/transactions.mdx', context, page)).toEqual({
			summary: 'A transaction saves several changes together, or none of them.',
			steps: [{ href: '/start-here/order-now/#step-save-order', title: 'Step 5: The order is saved, all or nothing' }],
			keyTerms: [
				{ href: '/glossary/#transaction', title: 'Transaction' },
				{ href: '/glossary/#acid', title: 'ACID' },
			],
		});
	});

	it('stops the build on a glossary term or a step that does not exist, naming every one at once', () => {
		const broken = concept({ keyTerms: ['glossary#transacton'], walkthroughSteps: ['save-the-order'] });
		expect(() => conceptView(broken, 'content/docs/concepts/transactions.mdx', context, page)).toThrow(
			[
				'content/docs/concepts/transactions.mdx: 2 problems',
				'  - keyTerms.0: expected a heading anchor of the glossary, got "glossary#transacton"',
				'  - walkthroughSteps.0: expected the id of a walkthrough step (send-request, save-order), got "save-the-order"',
			].join('\n'),
		);
	});

	it('is refused by the schema without a level or a key term', () => {
		expect(() => concept({ level: 'expert' })).toThrow(/expected one of: start, first-steps, next-steps, reference/);
		expect(() => concept({ keyTerms: [] })).toThrow(/expected at least one glossary term/);
	});
});

describe('conceptsByStep', () => {
	it('lists, for each step, the concept pages that explain it, by title', () => {
		const byStep = conceptsByStep(
			[
				{ id: 'concepts/transactions', data: { title: 'Transactions', walkthroughSteps: ['save-order'] } },
				{ id: 'concepts/sql', data: { title: 'SQL and data modelling', walkthroughSteps: ['save-order', 'send-request'] } },
			],
			(id) => `/${id}/`,
		);
		expect(byStep.get('save-order')?.map((link) => link.title)).toEqual(['SQL and data modelling', 'Transactions']);
		expect(byStep.get('send-request')).toEqual([{ href: '/concepts/sql/', title: 'SQL and data modelling' }]);
	});
});
