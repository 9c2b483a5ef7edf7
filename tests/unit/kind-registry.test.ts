/**
 * A new kind needs one registry entry: with a fixture kind ("message-queue") added to the real
 * registry, every derivation picks it up (schema, folder rule, sidebar, search, comparison
 * table and pairs, reference checks, facts box, README table) with no other change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { kindRegistry, type KindRegistry } from '../../src/kinds/registry';
import { technologyKind } from '../../src/kinds/kind-settings';
import { softwareFacts } from '../../src/kinds/shared-facts';
import { fact, pageIdOfKind, shortText } from '../../src/schemas/fact';
import { kindNamesOf, kindSchemas, pageSchemaOf } from '../../src/schemas/page';
import { kindsTable, withKindsTable } from '../../src/kinds/kinds-table';
import { compareGroupsOf, pairsOf, type Technology } from '../../src/lib/compare-groups';
import { searchMeta, searchMetaOf } from '../../src/lib/search-meta';
import { sidebarOf } from '../../src/lib/sidebar-items';
import { pageConflicts } from '../../src/lib/page-conflicts';
import { brokenReferences } from '../../src/lib/references';
import { factCells } from '../../src/lib/fact-rows';

const messageQueue = technologyKind({
	folder: 'message-queues',
	sidebar: { group: 'Tools', label: 'Message queues' },
	search: { label: 'Message queue', facet: 'Tool' },
	compare: { slug: 'message-queues', title: 'Message queues', noun: 'message queue', facet: 'protocol', pairs: true },
	facts: {
		...softwareFacts,
		protocol: fact(shortText).meta({ title: 'Protocol' }),
		writtenIn: fact(pageIdOfKind('language')).meta({ title: 'Written in' }),
	},
});
const registry: KindRegistry = { prose: kindRegistry.prose, technology: { ...kindRegistry.technology, 'message-queue': messageQueue } };

/** A valid page of the fixture kind. */
const page = (slug: string, title: string, writtenIn = 'languages/go') => ({
	title,
	description: `${title} is a message broker that exists only in this test of the kind registry.`,
	kind: 'message-queue',
	level: 'next-steps',
	minutes: 15,
	website: `https://example.org/${slug}/`,
	related: ['languages/go'],
	chooseWhen: ['you need a broker for this test', 'you want a second reason here'],
	avoidWhen: ['you need a real broker today', 'you want anything in production'],
	sources: { site: { title: `${title} site`, url: `https://example.org/${slug}/`, checked: '2026-11-21' } },
	facts: { protocol: { value: 'AMQP 0-9-1', source: 'site' }, writtenIn: { value: writtenIn, source: 'site' } },
});
const schemaOf = (kinds: KindRegistry) => pageSchemaOf(kindSchemas(kinds), kindNamesOf(kinds));

describe('a kind added to the registry', () => {
	it('is accepted by the page schema with its own typed facts, and only with them', () => {
		const parsed = schemaOf(registry).safeParse(page('rabbitmq', 'RabbitMQ'));
		expect(parsed.success).toBe(true);
		const typo = schemaOf(registry).safeParse({ ...page('rabbitmq', 'RabbitMQ'), facts: { protocl: { value: 'AMQP', source: 'site' } } });
		expect(typo.success).toBe(false);
		const unknown = schemaOf(kindRegistry).safeParse(page('rabbitmq', 'RabbitMQ'));
		expect(unknown.error?.issues[0]?.message).toMatch(
			/^expected kind to be one of: guide, concept, project, language, .*, got "message-queue"$/,
		);
	});

	it('has its folder enforced', () => {
		const file = 'content/docs/tools/rabbitmq.mdx';
		const problems = pageConflicts([{ id: 'tools/rabbitmq', file, kind: 'message-queue', title: 'RabbitMQ' }], registry);
		expect(problems.get(file)).toEqual([{ field: 'kind', expected: 'a message-queue page belongs in message-queues/, got one in tools/' }]);
	});

	it('gets a sidebar section in its group, and its comparison table once it has two pages', () => {
		const pages = [
			{ id: 'databases/postgresql', title: 'PostgreSQL', kind: 'database' },
			{ id: 'message-queues/rabbitmq', title: 'RabbitMQ', kind: 'message-queue' },
			{ id: 'message-queues/kafka', title: 'Kafka', kind: 'message-queue' },
		];
		const sidebar = sidebarOf(pages, registry);
		const tools = sidebar.find((item) => 'label' in item && item.label === 'Tools');
		expect(tools && 'items' in tools ? tools.items.map((item) => ('label' in item ? item.label : '')) : []).toEqual([
			'Databases',
			'Message queues',
		]);
		const compare = sidebar.find((item) => 'label' in item && item.label === 'Compare');
		expect(compare && 'items' in compare ? compare.items : []).toContainEqual({
			label: 'Message queues',
			link: '/compare/message-queues/',
		});
		expect(sidebarOf(pages.slice(0, 2), registry).find((item) => 'label' in item && item.label === 'Compare')).toBeUndefined();
	});

	it('is labelled and filtered in search as its entry says; a kind without an entry is an error, not "Guide"', () => {
		expect(searchMetaOf(registry).label('message-queues/rabbitmq', 'message-queue')).toBe('Message queue');
		expect(searchMetaOf(registry).facet('message-queue')).toBe('Tool');
		expect(searchMetaOf(registry).label('message-queues', 'guide')).toBe('Message queues');
		expect(() => searchMeta.facet('message-queue')).toThrow('no kind "message-queue" in the kind registry');
	});

	it('gets its comparison group and pair pages', () => {
		const technologies = [page('rabbitmq', 'RabbitMQ'), page('kafka', 'Kafka')].map((data): Technology => ({
			id: `message-queues/${data.website.split('/')[3]}`,
			data: schemaOf(registry).parse(data) as Technology['data'],
		}));
		const groups = compareGroupsOf(registry);
		expect(groups.map((group) => group.slug)).toContain('message-queues');
		expect(pairsOf(technologies, groups).map((pair) => pair.slug)).toEqual(['kafka-vs-rabbitmq']);
		const withoutPairs = groups.map((group) => (group.kind === ('message-queue' as string) ? { ...group, pairs: false } : group));
		expect(pairsOf(technologies, withoutPairs)).toEqual([]);
	});

	it('has the facts its schema marks as references checked against the right kind of page, and linked in its facts box', () => {
		const kinds = new Map([
			['languages/go', 'language'],
			['frameworks/gin', 'framework'],
		]);
		const check = (writtenIn: string) =>
			brokenReferences({ id: 'message-queues/nats', ...page('nats', 'NATS', writtenIn) }, kinds, registry);
		expect(check('languages/go')).toEqual([]);
		expect(check('frameworks/gin')).toEqual([
			{ field: 'facts.writtenIn.value', expected: 'expected the id of a language page, got "frameworks/gin", a framework page' },
		]);
		const data = schemaOf(registry).parse(page('nats', 'NATS')) as Technology['data'];
		const cells = factCells(data, (id) => (id === 'languages/go' ? 'Go' : undefined), registry);
		expect(cells.find((cell) => cell.key === 'writtenIn')).toMatchObject({ label: 'Written in', text: 'Go', pageId: 'languages/go' });
	});

	it('gets a row in the README’s table of kinds', () => {
		expect(kindsTable(registry)).toMatch(
			/^\| `message-queue` \| `message-queues\/` \| Tools › Message queues \| Message queue \(Tool\) \| `\/compare\/message-queues\/` \| yes \| .*`protocol`, `writtenIn` \|$/m,
		);
	});
});

describe('README.md', () => {
	it('lists every kind as the registry declares it (run `npm run readme:kinds` after changing the registry)', async () => {
		const file = join(import.meta.dirname, '..', '..', 'README.md');
		const readme = readFileSync(file, 'utf8');
		await expect(withKindsTable(readme, kindsTable(kindRegistry))).toMatchFileSnapshot(file);
	});
});

describe('the real registry', () => {
	it('gives every kind a distinct folder and every compared kind a distinct table', () => {
		const folders = Object.values(kindRegistry.technology).map((kind) => kind.folder);
		expect(new Set(folders).size).toBe(folders.length);
		const slugs = compareGroupsOf(kindRegistry).map((group) => group.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
	});

	it('names a fact of its own kind as each comparison table’s filter', () => {
		for (const kind of Object.values(kindRegistry.technology)) {
			if (kind.compare?.facet) expect(Object.keys((kind.facts as z.ZodObject).shape)).toContain(kind.compare.facet);
		}
	});
});

describe('a prose kind whose schema marks a list of page ids with pageIdOfKind', () => {
	const exercise = {
		schema: z.strictObject({ kind: z.literal('exercise'), drills: z.array(pageIdOfKind('concept')).default([]) }),
		search: { label: 'Exercise', facet: 'Exercise', bySection: false },
	};
	const withExercise: KindRegistry = { prose: { ...kindRegistry.prose, exercise }, technology: kindRegistry.technology };
	const kinds = new Map([
		['concepts/http', 'concept'],
		['frameworks/express', 'framework'],
	]);

	it('has every item checked: it must name an existing page of that kind', () => {
		const page = { id: 'exercises/one', kind: 'exercise', drills: ['concepts/http', 'frameworks/express', 'concepts/nothing'] };
		expect(brokenReferences(page, kinds, withExercise)).toEqual([
			{ field: 'drills.1', expected: 'expected the id of a concept page, got "frameworks/express", a framework page' },
			{ field: 'drills.2', expected: 'expected the id of an existing page, got "concepts/nothing"' },
		]);
	});

	it('is how a project names the concepts it practises: concept pages only', () => {
		const page = { id: 'projects/one', kind: 'project', practises: ['concepts/http', 'frameworks/express'] };
		expect(brokenReferences(page, kinds)).toEqual([
			{ field: 'practises.1', expected: 'expected the id of a concept page, got "frameworks/express", a framework page' },
		]);
	});
});
