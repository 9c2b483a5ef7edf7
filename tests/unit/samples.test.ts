/**
 * The samples in samples/<topic>/<stack>/, checked by the real toolchains where this machine
 * has them (see tests/helpers/samples.ts): each source file by the best tool for its language,
 * named in the test; each Node.js sample also started and called over HTTP, as a reader would.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalLanguage, type Problem } from '../helpers/code-blocks';
import { loadPages, projectRoot } from '../helpers/content-pages';
import { runNodeProgram, scriptFile, startNodeSample } from '../helpers/sample-server';
import { checkFor, loadSamples, samplesRoot, samplesShown, shownLanguage, typeCheckSample, type Sample } from '../helpers/samples';

const samples = loadSamples();
const report = (sample: Pick<Sample, 'id'>, path: string, problems: readonly Problem[]) =>
	problems.map((problem) => `samples/${sample.id}/${path}:${problem.line}:${problem.column}: ${problem.message}`);
const post = (url: string, body: unknown) =>
	fetch(`${url}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/* ---------- what a reader would notice when they run a sample, by topic ---------- */

const exampleOrder = {
	restaurant: 'noodle-bar',
	items: [
		{ dish: 'ramen', quantity: 2 },
		{ dish: 'gyoza', quantity: 1 },
	],
};
const badOrders = [
	{ restaurant: '', items: [{ dish: 'ramen', quantity: 1 }] },
	{ restaurant: 'noodle-bar', items: [] },
	{ restaurant: 'noodle-bar', items: [{ dish: 'pizza', quantity: 1 }] },
	{ restaurant: 'noodle-bar', items: [{ dish: 'ramen', quantity: 11 }] },
];

/**
 * For each topic: what its running sample must do, checked against its URL. `runs` names the
 * samples whose programs are run against that server rather than on their own (they need no
 * start or test script).
 */
const runChecks: Readonly<
	Record<string, { what: string; runs?: readonly string[]; check(url: string, output: () => string): Promise<void> }>
> = {
	'order-endpoint': {
		what: 'the example order gets 201 with the order and a total of 3399, a second order the next id, each bad order 422',
		async check(url, output) {
			const created = await post(url, exampleOrder);
			expect(created.status, output()).toBe(201);
			expect(await created.json()).toEqual({ id: 1, ...exampleOrder, total: 2 * 1250 + 600 + 299, status: 'placed' });
			const second = await post(url, { ...exampleOrder, items: [{ dish: 'tea', quantity: 1 }] });
			expect(await second.json()).toMatchObject({ id: 2, total: 300 + 299 });
			for (const bad of badOrders) expect((await post(url, bad)).status, JSON.stringify(bad)).toBe(422);
		},
	},
	projects: {
		what: 'the menu and deploy checkers pass against the reference server (tests/unit/project-checkers.test.ts runs all six, and against broken copies)',
		runs: ['projects/checkers'],
		async check(url, output) {
			for (const checker of ['check-menu.mjs', 'check-deploy.mjs']) {
				const run = await runNodeProgram(join(samplesRoot, 'projects', 'checkers'), checker, [url]);
				expect(run.code, `${run.output}\n${output()}`).toBe(0);
			}
		},
	},
};

describe('the samples', () => {
	it('include the order endpoint in the eight stacks of the endpoint page', () => {
		expect(samples.filter((sample) => sample.topic === 'order-endpoint').map((sample) => sample.stack)).toEqual([
			'django',
			'express',
			'fastapi',
			'go',
			'laravel',
			'nestjs',
			'rails',
			'spring-boot',
		]);
	});

	it('that use Node.js are workspaces of the root package, so its npm install installs their packages', () => {
		const root = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { workspaces?: string[] };
		expect(root.workspaces).toContain('samples/*/*');
		for (const sample of samples.filter((candidate) => candidate.manifests.includes('package.json'))) {
			const manifest = JSON.parse(readFileSync(join(sample.dir, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
			const packages = Object.keys({ ...manifest['dependencies'], ...manifest['devDependencies'] });
			const missing = packages.filter((name) => {
				try {
					readFileSync(join(projectRoot, 'node_modules', name, 'package.json'));
					return false;
				} catch {
					return true;
				}
			});
			expect(missing, `${sample.id}: not installed`).toEqual([]);
		}
	});
});

describe.each(samples.map((sample) => [sample.id, sample] as const))('samples/%s', (_id, sample) => {
	it('has its own manifest, and source files that a tool checks (a folder with nothing checked fails)', () => {
		expect(sample.manifests, 'no manifest (package.json, requirements.txt, pom.xml, go.mod, composer.json, Gemfile…)').not.toEqual([]);
		expect(sample.sources, 'no source file to check').not.toEqual([]);
		expect(sample.unknown, 'files with no check: give their language a check in tests/helpers/samples.ts').toEqual([]);
	});

	it.each(sample.sources.map((path) => [path, checkFor(sample, path).tool, path] as const))(
		'%s, checked by %s',
		async (_path, _tool, path) => {
			expect(report(sample, path, await checkFor(sample, path).run())).toEqual([]);
		},
	);

	if (sample.manifests.includes('package.json')) {
		const server = scriptFile(sample.dir, 'start');
		const program = scriptFile(sample.dir, 'test');
		const scenario = runChecks[sample.topic];
		const runAgainstServer = Object.values(runChecks).some((candidate) => candidate.runs?.includes(sample.id));
		if (server || (!program && !runAgainstServer)) {
			it(`runs with Node.js (npm start): ${scenario?.what ?? 'no run check for this topic'}`, async () => {
				expect(server, 'a Node.js sample needs a start script (a server) or a test script (a program that checks itself)').toBeDefined();
				expect(scenario, `add what a running "${sample.topic}" sample must do to runChecks`).toBeDefined();
				await typeCheckSample(sample.dir); // compiles TypeScript to dist/, as `npm run build` does
				const running = await startNodeSample(sample.dir, server ?? '');
				try {
					await scenario?.check(running.url, running.output);
				} finally {
					await running.stop();
				}
			});
		}
		if (program) {
			it('runs with Node.js (npm test): the program checks itself and ends with exit code 0', async () => {
				const { code, output } = await runNodeProgram(sample.dir, program);
				expect(code, output).toBe(0);
			});
		}
	}
});

describe('the samples on the pages', () => {
	const shown = samplesShown(loadPages());
	const files = samples.flatMap((sample) => sample.sources.map((path) => `${sample.id}/${path}`));

	it('show every source file of samples/ exactly once, imported with ?raw into <Code>', () => {
		expect(shown.map((entry) => entry.path).sort()).toEqual(files.sort());
	});

	it.each(shown.map((entry) => [entry.path, entry] as const))(
		'%s is titled with its path in its sample (its file name where the path would be cut off on a phone), in its language',
		(path, entry) => {
			const [, , ...inSample] = path.split('/');
			const title = entry.element.attributes['title'] ?? '';
			expect([inSample.join('/'), inSample.at(-1)]).toContain(title);
			expect(title.length, 'a title this long is cut off on a 375-pixel phone').toBeLessThanOrEqual(40);
			expect(canonicalLanguage(entry.element.attributes['lang'] ?? '')).toBe(canonicalLanguage(shownLanguage[extname(path)] ?? ''));
		},
	);
});

/* ---------- the checks themselves catch mistakes ---------- */

describe('the sample checks', () => {
	// Inside the project, so a broken copy of a sample resolves the same packages.
	const scratch = join(projectRoot, 'node_modules', '.cache', 'atlas-sample-checks');
	mkdirSync(scratch, { recursive: true });
	const work = mkdtempSync(join(scratch, 'run-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const broken = (name: string, files: Record<string, string>, copyFrom?: string) => {
		const dir = join(work, name);
		if (copyFrom) cpSync(join(samplesRoot, copyFrom), dir, { recursive: true });
		mkdirSync(dir, { recursive: true });
		for (const [path, code] of Object.entries(files)) writeFileSync(join(dir, path), code);
		return { id: name, dir };
	};

	it('tsc type-checks JavaScript against the sample’s own packages: a misspelt Express method fails', async () => {
		const sample = broken(
			'express',
			{ 'server.mjs': 'import express from "express";\nconst app = express();\napp.gett("/", (req, res) => res.json({}));\n' },
			'order-endpoint/express',
		);
		const problems = await checkFor(sample, 'server.mjs').run();
		expect(report(sample, 'server.mjs', problems).join('\n')).toMatch(/server\.mjs:3:5: TS2551: Property 'gett' does not exist/);
	});

	it('tsc checks TypeScript strictly: a wrong type fails', async () => {
		const sample = broken('nestjs', { 'src/main.ts': 'const total: number = "3399";\nexport { total };\n' }, 'order-endpoint/nestjs');
		const problems = await checkFor(sample, 'src/main.ts').run();
		expect(problems.map((problem) => problem.line)).toEqual([1]);
	});

	it('a program that checks itself fails the run when its check fails (exit code other than 0)', async () => {
		const sample = broken('program', {
			'package.json': '{ "scripts": { "test": "node check.mjs" } }',
			'check.mjs': 'import assert from "node:assert/strict";\nconst total = 2 * 1250 + 600;\nassert.equal(total, 3399);\n',
		});
		const file = scriptFile(sample.dir, 'test') ?? '';
		expect(file).toBe('check.mjs');
		const { code, output } = await runNodeProgram(sample.dir, file);
		expect(code).not.toBe(0);
		expect(output).toMatch(/AssertionError/);
	});

	it.each([
		['python', 'main.py', 'def total(items):\n    return sum(item.price for item in items\n'],
		['java', 'Order.java', 'class Order {\n  int total() { return 1 }\n}\n'],
		['go', 'main.go', 'package main\n\nfunc main() {\n\tfmt.Println("hi"\n}\n'],
		['php', 'Order.php', '<?php\n$total = array_sum([1, 2, 3]\necho $total;\n'],
		['ruby', 'order.rb', 'def total(items)\n  items.sum { |item| item.price \nend\n'],
	])('the %s check rejects broken code', async (language, path, code) => {
		const sample = broken(language, { [path]: code });
		const check = checkFor(sample, path);
		const problems = await check.run();
		expect(problems.length, `${check.tool} found nothing wrong in:\n${code}`).toBeGreaterThan(0);
	});
});
