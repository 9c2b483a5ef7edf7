/**
 * "Choose your first stack": the rules file passes its schema and its checks against the real
 * pages, and a bad rule fails with the file, the field, the value and what was expected; every
 * row of the rules table gives the suggestion written down here; ties are reported as ties; an
 * unknown or missing answer is left out while the rest still count; and the page's view links
 * each stack to its pages and its learning path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../../src/lib/content-errors';
import { learningPath } from '../../src/lib/learning-path';
import { pathInputOf } from '../../src/lib/path-input';
import { answersFromQuery, stackKey, suggest, toRules } from '../../src/lib/stack-chooser';
import { checkChooser, chooserFile, parseChooser, type ChooserTargets } from '../../src/lib/stack-chooser-rules';
import { chooserView, runtimeOf } from '../../src/lib/stack-chooser-view';
import { loadPages, projectRoot } from '../helpers/content-pages';

type PathData = Parameters<typeof pathInputOf>[1];

const raw: unknown = parseYaml(readFileSync(join(projectRoot, chooserFile), 'utf8'));
const pages = loadPages();
const path = learningPath(pages.map((page) => pathInputOf(page.id, page.frontmatter as unknown as PathData)));
const targets: ChooserTargets = {
	pages: new Map(
		pages.map((page) => [
			page.id,
			{
				title: String(page.frontmatter['title']),
				kind: String(page.frontmatter['kind']),
				branch: pathInputOf(page.id, page.frontmatter as unknown as PathData).branch,
				aliases: (page.frontmatter['aliases'] as string[] | undefined) ?? [],
			},
		]),
	),
	branches: path.branches,
};
const questions = checkChooser(raw, targets);
const rules = toRules(questions);

/** The message of the error `fn` throws. */
const messageOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	return '';
};

/** The rules file as YAML reads it, loosely typed so that a test can break it. */
type RawQuestion = Record<string, unknown> & { answers: Array<Record<string, unknown> & { favours: Array<Record<string, unknown>> }> };

/** A copy of the rules file with one change made by `edit`. */
const edited = (edit: (data: RawQuestion[]) => void) => {
	const copy = structuredClone(raw) as RawQuestion[];
	edit(copy);
	return copy;
};

/** Question `q`, its answer `a`, and that answer's favour `f`, of a copy of the rules file. */
const questionAt = (data: RawQuestion[], q: number): Record<string, unknown> => data[q] ?? {};
const answerAt = (data: RawQuestion[], q: number, a: number): Record<string, unknown> => data[q]?.answers[a] ?? {};
const favourAt = (data: RawQuestion[], q: number, a: number, f: number): Record<string, unknown> => data[q]?.answers[a]?.favours[f] ?? {};

/** The first favour of the first answer of the first question ("build" → "website" → Django). */
const firstFavour = (data: RawQuestion[]) => favourAt(data, 0, 0, 0);

describe('the rules file', () => {
	it('has four questions of 3 to 5 answers each, every answer favouring at least one stack', () => {
		expect(rules.map((question) => question.id)).toEqual(['build', 'know', 'employer', 'learn']);
		for (const question of rules) {
			expect(question.answers.length, question.id).toBeGreaterThanOrEqual(3);
			expect(question.answers.length, question.id).toBeLessThanOrEqual(5);
			for (const answer of question.answers) expect(answer.favours.length, `${question.id}=${answer.id}`).toBeGreaterThan(0);
		}
	});

	it("names each of the guide's nine stacks, and only those", () => {
		const named = new Set(rules.flatMap((question) => question.answers.flatMap((answer) => answer.favours.map((favour) => favour.stack))));
		expect([...named].sort()).toEqual([
			'csharp-aspnet-core',
			'go',
			'java-spring-boot',
			'javascript-express',
			'php-laravel',
			'python-django',
			'python-fastapi',
			'ruby-rails',
			'typescript-nestjs',
		]);
	});

	it('passes its checks against the real pages: every page exists, every framework belongs to its language', () => {
		expect(() => checkChooser(raw, targets)).not.toThrow();
	});
});

describe('a bad rule stops the build, naming the file, the field, the value and what was expected', () => {
	it('a stack that names a missing page', () => {
		const message = messageOf(() =>
			checkChooser(
				edited((data) => (firstFavour(data)['language'] = 'languages/rust')),
				targets,
			),
		);
		expect(message).toContain(chooserFile);
		expect(message).toContain('question "build", answer "website": answers.0.favours.0.language');
		expect(message).toContain('expected the id of an existing language page, got "languages/rust"');
	});

	it('a framework page that does not exist, or belongs to another language', () => {
		const missing = messageOf(() =>
			checkChooser(
				edited((data) => (firstFavour(data)['framework'] = 'frameworks/flask')),
				targets,
			),
		);
		expect(missing).toContain('answers.0.favours.0.framework: expected the id of an existing framework page, got "frameworks/flask"');
		const other = messageOf(() =>
			checkChooser(
				edited((data) => (firstFavour(data)['framework'] = 'frameworks/laravel')),
				targets,
			),
		);
		expect(other).toContain('expected a framework for languages/python, got "frameworks/laravel" (a framework for languages/php)');
	});

	it('a reason taken from a page of another stack', () => {
		const message = messageOf(() =>
			checkChooser(
				edited((data) => (firstFavour(data)['from'] = ['frameworks/express'])),
				targets,
			),
		);
		expect(message).toContain('answers.0.favours.0.from.0: expected a page of this stack (languages/python');
		expect(message).toContain('got "frameworks/express"');
	});

	it('a favour without a reason', () => {
		const message = messageOf(() => parseChooser(edited((data) => delete firstFavour(data)['reason'])));
		expect(message).toContain(chooserFile);
		expect(message).toContain('question "build": answers.0.favours.0.reason');
		expect(message).toContain('expected the reason, in one sentence');
	});

	it('a reason that calls a stack the best, quotes a figure, runs to two sentences or does not name its stack', () => {
		const reason = (text: string) =>
			messageOf(() =>
				checkChooser(
					edited((data) => (firstFavour(data)['reason'] = text)),
					targets,
				),
			);
		expect(reason('Django is the best framework for a first website with accounts.')).toContain('does not call a stack "best"');
		expect(reason('Django runs on most of the web, about forty percent by 2026.')).toContain('without figures');
		expect(reason('Django gives you an admin screen. It also gives you accounts.')).toContain('in one sentence, not several');
		expect(reason('It gives you accounts, an admin screen and database access in one box.')).toContain(
			'expected the reason to name what it is about (Python, Django), got "It gives you',
		);
	});

	it('points outside 1 to 3, an answer id used twice, a stack favoured twice, and questions out of order', () => {
		expect(messageOf(() => parseChooser(edited((data) => (firstFavour(data)['points'] = 0))))).toContain(
			'answers.0.favours.0.points: expected 1, 2 or 3 points, got 0',
		);
		expect(messageOf(() => parseChooser(edited((data) => (answerAt(data, 0, 1)['id'] = 'website'))))).toContain(
			'expected a unique answer id, "website" is used twice',
		);
		expect(
			messageOf(() => parseChooser(edited((data) => data[0]?.answers[0]?.favours.push({ ...firstFavour(data), points: 1 })))),
		).toContain('expected each stack once, "languages/python+frameworks/django" is listed twice');
		expect(messageOf(() => parseChooser(edited((data) => (questionAt(data, 1)['order'] = 3))))).toContain(
			'expected questions numbered 1 to 4 without gaps or repeats, got 1, 3, 3, 4',
		);
	});

	it('reports every problem at once', () => {
		const message = messageOf(() =>
			checkChooser(
				edited((data) => {
					firstFavour(data)['language'] = 'languages/rust';
					favourAt(data, 3, 0, 0)['framework'] = 'frameworks/flask';
				}),
				targets,
			),
		);
		expect(message).toMatch(/^content\/stack-chooser\.yaml: 2 problems/);
		expect(() =>
			checkChooser(
				edited((data) => (firstFavour(data)['language'] = 'languages/rust')),
				targets,
			),
		).toThrow(ContentError);
	});
});

/**
 * Each row of the rules table on its own, and the suggestion it must give: the stacks it gives
 * the most points to. Written out by hand, so a change to the rules file shows up here.
 */
const expectedByRow: Record<string, string[]> = {
	'build=website': ['php-laravel', 'python-django', 'ruby-rails'],
	'build=api': ['javascript-express', 'python-fastapi'],
	'build=live': ['go', 'javascript-express'],
	'build=data': ['python-fastapi'],
	'build=large-system': ['csharp-aspnet-core', 'java-spring-boot'],
	'know=nothing': ['python-django', 'ruby-rails'],
	'know=javascript': ['javascript-express'],
	'know=python': ['python-django', 'python-fastapi'],
	'know=java': ['java-spring-boot'],
	'know=csharp': ['csharp-aspnet-core'],
	'employer=large': ['csharp-aspnet-core', 'java-spring-boot'],
	'employer=startup': ['javascript-express', 'ruby-rails'],
	'employer=websites': ['php-laravel'],
	'employer=services': ['go'],
	'learn=quick-results': ['javascript-express', 'ruby-rails'],
	'learn=conventions': ['php-laravel', 'ruby-rails'],
	'learn=own-pieces': ['go', 'javascript-express'],
	'learn=compiler': ['csharp-aspnet-core', 'java-spring-boot', 'typescript-nestjs'],
};
const rows = rules.flatMap((question) => question.answers.map((answer) => ({ question, answer, key: `${question.id}=${answer.id}` })));

describe('every row of the rules table', () => {
	it('has its expected suggestion written down here, and nothing else is', () => {
		expect(Object.keys(expectedByRow).sort()).toEqual(rows.map((row) => row.key).sort());
	});

	it.each(rows.map((row) => [row.key, row] as const))('%s gives its expected suggestion, a tie when several share the top', (key, row) => {
		const result = suggest(rules, { [row.question.id]: row.answer.id });
		const expected = expectedByRow[key] ?? [];
		expect(result.stacks).toEqual(expected);
		expect(result.tie).toBe(expected.length > 1);
		// The same as the row says: its stacks with the most points, each with its reason from this row.
		const top = Math.max(...row.answer.favours.map((favour) => favour.points));
		expect(result.points).toBe(top);
		expect(result.stacks).toEqual(
			row.answer.favours
				.filter((favour) => favour.points === top)
				.map((favour) => favour.stack)
				.sort(),
		);
		expect(result.reasons.map((reason) => reason.stack).sort()).toEqual(expected);
		expect(result.chosen).toEqual([{ question: row.question.id, answer: row.answer.id }]);
	});
});

describe('suggest', () => {
	it('adds up the points of several answers, and names one stack when it leads alone', () => {
		const result = suggest(rules, { build: 'api', know: 'python' });
		expect(result.scores).toMatchObject({ 'python-fastapi': 4, 'python-django': 2, 'javascript-express': 2 });
		expect(result).toMatchObject({ stacks: ['python-fastapi'], tie: false, points: 4 });
		expect(result.reasons.map((reason) => `${reason.question}=${reason.answer} +${reason.points}`)).toEqual([
			'build=api +2',
			'know=python +2',
		]);
	});

	it('reports a tie across all four answers as a tie, listing every stack that shares the top score', () => {
		const result = suggest(rules, { build: 'large-system', know: 'nothing', employer: 'large', learn: 'compiler' });
		expect(result.stacks).toEqual(['csharp-aspnet-core', 'java-spring-boot']);
		expect(result.tie).toBe(true);
		expect(result.points).toBe(6);
	});

	it("shows the cautions a suggested stack's own pages raise against an answer given, and only for suggested stacks", () => {
		const result = suggest(rules, { know: 'nothing', employer: 'large', learn: 'compiler' });
		expect(result.stacks).toEqual(['csharp-aspnet-core', 'java-spring-boot']);
		expect(result.cautions.map((caution) => `${caution.stack} (${caution.question}=${caution.answer})`)).toEqual([
			'java-spring-boot (know=nothing)',
			'csharp-aspnet-core (know=nothing)',
		]);
		const python = suggest(rules, { build: 'website', know: 'python', learn: 'compiler' });
		expect(python.stacks).toEqual(['python-django']);
		expect(python.cautions.map((caution) => caution.stack)).toEqual(['python-django']);
	});

	it('leaves out an unknown answer or question, and still uses the rest', () => {
		const result = suggest(rules, { build: 'api', know: 'cobol', colour: 'blue', employer: '' });
		expect(result.stacks).toEqual(suggest(rules, { build: 'api' }).stacks);
		expect(result.chosen).toEqual([{ question: 'build', answer: 'api' }]);
		expect(result.ignored).toEqual(['know=cobol', 'colour=blue']);
	});

	it('suggests nothing when no answer is given or none is known', () => {
		expect(suggest(rules, {})).toMatchObject({ stacks: [], tie: false, points: 0, reasons: [], ignored: [] });
		expect(suggest(rules, { know: 'fortran' })).toMatchObject({ stacks: [], tie: false, ignored: ['know=fortran'] });
	});

	it('can suggest each stack on its own for some answers, and always suggests something once an answer counts', () => {
		const choices = rules.map((question) => [undefined, ...question.answers.map((answer) => answer.id)]);
		const alone = new Set<string>();
		const combine = (index: number, answers: Record<string, string | undefined>): void => {
			const question = rules[index];
			if (!question) {
				const result = suggest(rules, answers);
				if (Object.values(answers).some(Boolean)) expect(result.stacks.length, JSON.stringify(answers)).toBeGreaterThan(0);
				if (result.stacks.length === 1) alone.add(result.stacks[0] ?? '');
				return;
			}
			for (const choice of choices[index] ?? []) combine(index + 1, { ...answers, [question.id]: choice });
		};
		combine(0, {});
		expect([...alone].sort()).toEqual(
			Object.values(expectedByRow)
				.flat()
				.filter((stack, index, all) => all.indexOf(stack) === index)
				.sort(),
		);
		expect(alone.size).toBe(9);
	});
});

describe('answers in the address', () => {
	it('reads the first value of each name, with or without the leading "?"', () => {
		expect(answersFromQuery('?build=api&know=python&build=website')).toEqual({ build: 'api', know: 'python' });
		expect(answersFromQuery(new URLSearchParams('learn=compiler'))).toEqual({ learn: 'compiler' });
		expect(answersFromQuery('')).toEqual({});
	});

	it('gives the same suggestion as the answers themselves', () => {
		const query = '?build=website&know=nothing&employer=startup&learn=quick-results';
		expect(suggest(rules, answersFromQuery(query))).toEqual(
			suggest(rules, { build: 'website', know: 'nothing', employer: 'startup', learn: 'quick-results' }),
		);
	});
});

describe("the page's view", () => {
	const view = chooserView(questions, {
		page: 'start-here/choose-your-stack',
		hrefOf: (id) => `/base/${id}/`,
		titleOf: (id) => targets.pages.get(id)?.title ?? id,
		pathHrefOf: (language) => `/base/learning-path/${language.split('/').at(-1)}/`,
		path,
	});

	it('submits the form to the page itself, with a fieldset of radio buttons per question', () => {
		expect(view.action).toBe('/base/start-here/choose-your-stack/');
		expect(view.questions.map((question) => question.answers.length)).toEqual([5, 5, 4, 4]);
	});

	it('names each stack, links its pages and the learning path of its language, and finds the runtime its framework needs', () => {
		const stack = (key: string) => view.stacks.find((entry) => entry.key === key);
		expect(view.stacks).toHaveLength(9);
		expect(stack('python-django')).toEqual({
			key: 'python-django',
			title: 'Python with Django',
			name: [{ text: 'Python', href: '/base/languages/python/' }, { text: ' with ' }, { text: 'Django', href: '/base/frameworks/django/' }],
			language: { href: '/base/languages/python/', title: 'Python' },
			framework: { href: '/base/frameworks/django/', title: 'Django' },
			runtime: undefined,
			path: { href: '/base/learning-path/python/', title: 'The learning path for Python' },
		});
		expect(stack('go')?.title).toBe('Go and its standard library');
		// A framework whose name already says its language is not named twice.
		expect(stack('ruby-rails')?.title).toBe('Ruby on Rails');
		expect(
			stack('ruby-rails')
				?.name.map((piece) => piece.text)
				.join(''),
		).toBe('Ruby on Rails (Ruby)');
		expect(stack('go')?.framework).toBeUndefined();
		expect(stack('javascript-express')?.runtime?.title).toBe('Node.js');
		expect(stack('typescript-nestjs')?.runtime?.title).toBe('Node.js');
		expect(stack('typescript-nestjs')?.path.href).toBe('/base/learning-path/typescript/');
		expect(runtimeOf(path, 'frameworks/spring-boot')).toBeUndefined();
	});

	it('has one table row per answer, the strongest favours first and equal points in alphabetical order', () => {
		expect(view.table.map((group) => `${group.question.number}. ${group.question.legend}`)).toEqual([
			'1. What do you want to build first?',
			'2. What do you already know?',
			'3. What kind of employer do you aim for?',
			'4. How do you like to learn?',
		]);
		expect(view.table.flatMap((group) => group.rows)).toHaveLength(rows.length);
		const api = view.table[0]?.rows.find((row) => row.answer.id === 'api');
		expect(api?.favours.map((favour) => `${favour.stack.key} ${favour.points}`)).toEqual([
			'javascript-express 2',
			'python-fastapi 2',
			'csharp-aspnet-core 1',
			'typescript-nestjs 1',
		]);
		expect(api?.favours[0]?.from).toEqual([{ href: '/base/frameworks/express/', title: 'Express' }]);
		expect(view.rules).toEqual(rules);
	});

	it('keys stacks by their pages', () => {
		expect(stackKey('languages/java', 'frameworks/spring-boot')).toBe('java-spring-boot');
		expect(stackKey('languages/go')).toBe('go');
	});
});
