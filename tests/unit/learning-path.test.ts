import { describe, expect, it } from 'vitest';
import { learningPath, pathProblems, prerequisiteCycles, stackPath, type PathInput } from '../../src/lib/learning-path';
import { pathInputOf } from '../../src/lib/path-input';
import { layoutPathDiagram, fitLabel } from '../../src/lib/path-diagram';
import { duration, pathPageView } from '../../src/lib/path-page-view';
import { pathPlace } from '../../src/lib/path-place';

/** A small guide: a start page, two languages with a framework each, ideas, and a next step. */
const page = (id: string, level: PathInput['level'], prerequisites: string[] = [], extra: Partial<PathInput> = {}): PathInput => ({
	id,
	title: id.split('/').at(-1) ?? id,
	kind: id.startsWith('concepts/') ? 'concept' : 'guide',
	level,
	minutes: 10,
	prerequisites,
	...extra,
});
const guide: PathInput[] = [
	page('concepts/caching', 'next-steps', ['concepts/sql']),
	page('frameworks/django', 'first-steps', ['languages/python'], { kind: 'framework', branch: 'languages/python' }),
	page('concepts/sql', 'first-steps', ['start-here/backend']),
	page('languages/typescript', 'first-steps', ['languages/javascript'], { kind: 'language', branch: 'languages/typescript' }),
	page('start-here/backend', 'start'),
	page('languages/python', 'first-steps', ['start-here/backend'], { kind: 'language', branch: 'languages/python' }),
	page('frameworks/nestjs', 'first-steps', ['languages/typescript', 'frameworks/express'], {
		kind: 'framework',
		branch: 'languages/typescript',
	}),
	page('languages/javascript', 'first-steps', ['start-here/backend'], { kind: 'language', branch: 'languages/javascript' }),
	page('frameworks/express', 'first-steps', ['languages/javascript'], { kind: 'framework', branch: 'languages/javascript' }),
	page('start-here/order-now', 'start', ['start-here/backend']),
	page('glossary', 'reference', [], { minutes: undefined }),
];
const ids = (pages: ReadonlyArray<{ id: string }>) => pages.map((p) => p.id);

describe('the path', () => {
	const path = learningPath(guide);

	it('puts every page after everything it needs, stage by stage, and leaves reference pages off', () => {
		const order = ids(path.pages);
		expect(order).not.toContain('glossary');
		expect(order).toHaveLength(guide.length - 1);
		for (const entry of guide.filter((p) => p.level !== 'reference'))
			for (const first of entry.prerequisites)
				expect(order.indexOf(first), `${first} before ${entry.id}`).toBeLessThan(order.indexOf(entry.id));
		expect(path.stages.map((stage) => [stage.level, stage.pages.length])).toEqual([
			['start', 2],
			['first-steps', 7],
			['next-steps', 1],
		]);
		expect(path.stages[0]?.minutes).toBe(20);
	});

	it('reads languages before ideas and ideas before frameworks where the prerequisites leave a choice', () => {
		const order = ids(path.pages);
		expect(order.indexOf('languages/python')).toBeLessThan(order.indexOf('concepts/sql'));
		expect(order.indexOf('concepts/sql')).toBeLessThan(order.indexOf('frameworks/django'));
	});

	it('gives each page what to read first and the pages that build on it', () => {
		expect(path.byId.get('frameworks/nestjs')?.readFirst).toEqual(['languages/typescript', 'frameworks/express']);
		expect(path.byId.get('start-here/backend')?.readNext).toEqual([
			'start-here/order-now',
			'languages/javascript',
			'languages/python',
			'concepts/sql',
		]);
		expect(path.branches).toEqual(['languages/javascript', 'languages/python', 'languages/typescript']);
	});

	it('filters to one stack, keeping the pages that stack builds on', () => {
		const typescript = ids(stackPath(path, 'languages/typescript').pages);
		expect(typescript).toEqual(
			expect.arrayContaining(['languages/typescript', 'frameworks/nestjs', 'frameworks/express', 'languages/javascript']),
		);
		expect(typescript).not.toContain('languages/python');
		expect(typescript).not.toContain('frameworks/django');
		expect(typescript).toContain('concepts/caching');
		const python = stackPath(path, 'languages/python');
		expect(ids(python.pages)).not.toContain('languages/javascript');
		expect(python.pages.map((p) => p.position)).toEqual(python.pages.map((_, index) => index + 1));
		expect(() => stackPath(path, 'languages/cobol')).toThrow('"languages/cobol" is not a language on the path');
	});
});

describe('the checks that stop the build', () => {
	it('find nothing wrong with a sound path', () => {
		expect([...pathProblems(guide)]).toEqual([]);
	});

	it('name both pages of a cycle', () => {
		const cyclic = [
			...guide.filter((p) => !p.id.startsWith('languages/')),
			page('languages/go', 'first-steps', ['languages/python']),
			page('languages/python', 'first-steps', ['languages/go']),
		];
		expect(prerequisiteCycles(cyclic)).toEqual([['languages/go', 'languages/python']]);
		const problems = pathProblems(cyclic);
		for (const id of ['languages/go', 'languages/python'])
			expect(problems.get(id)).toContainEqual({
				field: 'prerequisites',
				expected: 'expected no cycle, but "languages/go" → "languages/python" → "languages/go" each need the next first',
			});
	});

	it('name a page no path reaches, a prerequisite at a later stage, one off the path, and missing minutes', () => {
		const problems = pathProblems([
			...guide,
			page('concepts/orphan', 'first-steps'),
			page('concepts/early', 'first-steps', ['concepts/caching']),
			page('concepts/lookup', 'first-steps', ['glossary']),
			page('concepts/untimed', 'first-steps', ['concepts/sql'], { minutes: undefined }),
		]);
		expect(problems.get('concepts/orphan')?.[0]?.expected).toMatch(/no path reaches this "first-steps" page/);
		expect(problems.get('concepts/early')).toContainEqual({
			field: 'prerequisites.0',
			expected:
				'expected a page at level "first-steps" or an earlier stage, got "concepts/caching" at the later level "next-steps": move one of the two pages',
		});
		expect(problems.get('concepts/lookup')?.[0]).toEqual({
			field: 'prerequisites.0',
			expected: 'expected a page on the learning path, got "glossary", a reference page',
		});
		expect(problems.get('concepts/untimed')?.[0]?.field).toBe('minutes');
		expect([...problems.keys()].sort()).toEqual(['concepts/early', 'concepts/lookup', 'concepts/orphan', 'concepts/untimed']);
	});
});

describe('a page as the path sees it', () => {
	it('takes its branch from the language its facts name, or its own id for a language page', () => {
		const base = { title: 'X', level: 'first-steps' as const, minutes: 10, prerequisites: ['languages/python'] };
		expect(
			pathInputOf('frameworks/django', { ...base, kind: 'framework', facts: { language: { value: 'languages/python' } } }).branch,
		).toBe('languages/python');
		expect(pathInputOf('languages/go', { ...base, kind: 'language' }).branch).toBe('languages/go');
		expect(pathInputOf('databases/redis', { ...base, kind: 'database' }).branch).toBeUndefined();
		expect(pathInputOf('concepts/http', { ...base, kind: 'concept', sidebar: { order: 3 } }).order).toBe(3);
	});
});

describe('what the pages draw', () => {
	const path = learningPath(guide);
	const context = {
		hrefOf: (id: string) => `/${id}/`,
		titleOf: (id: string) => id.split('/').at(-1) ?? id,
		kindLabel: (kind: string) => kind,
		hashOf: (id: string) => `hash-${id.length}`,
	};

	it('numbers the stages, links every stack and marks the current one', () => {
		const view = pathPageView(path, context, 'languages/python');
		expect(view.stages.map((stage) => stage.title)).toEqual(['1. Start here', '2. First steps', '3. Next steps']);
		expect(view.stacks.filter((stack) => stack.current).map((stack) => stack.href)).toEqual(['/learning-path/python/']);
		expect(view.stacks[0]).toEqual({ title: 'Every stack', href: '/learning-path/', current: false });
		expect(view.progressPages).toHaveLength(view.pageCount);
		const whole = pathPageView(path, context);
		expect(whole.stages[1]?.items.find((item) => item.id === 'frameworks/django')?.branch).toBe('python');
		expect(whole.stages[1]?.items.find((item) => item.id === 'languages/python')?.branch).toBeUndefined();
	});

	it('places a page: read first, read next, or the next page when nothing builds on it', () => {
		const link = (id: string) => ({ href: `/${id}/`, title: id });
		const sql = pathPlace('concepts/sql', path, 'abc', link, '/learning-path/');
		expect(sql?.readFirst).toEqual([link('start-here/backend')]);
		expect(sql?.readNext).toEqual([link('concepts/caching')]);
		expect(sql?.level).toBe('First steps');
		const django = pathPlace('frameworks/django', path, 'abc', link, '/learning-path/');
		expect(django?.nextOnPath).toBe(true);
		expect(django?.readNext).toHaveLength(1);
		expect(pathPlace('glossary', path, 'abc', link, '/learning-path/')).toBeUndefined();
	});

	it('draws one box per page under its stage and one curve per prerequisite', () => {
		const layout = layoutPathDiagram(path);
		expect(layout.nodes).toHaveLength(path.pages.length);
		expect(layout.edges).toHaveLength(path.pages.reduce((sum, p) => sum + p.readFirst.length, 0));
		expect(layout.stages.map((stage) => stage.label)).toEqual(['1. Start here', '2. First steps', '3. Next steps']);
		for (const node of layout.nodes) expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
		expect(fitLabel('Logging, monitoring and debugging in production today', 30)).toBe('Logging, monitoring and…');
		expect(duration(205)).toBe('3 h 25 min');
		expect(duration(45)).toBe('45 min');
	});
});
