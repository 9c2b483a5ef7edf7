/**
 * The benchmark: build cost and scaling, overhead against plain Starlight, page weight,
 * search cost and Lighthouse, all in one run on this machine. Writes BENCHMARKS.md and
 * benchmarks.json. Not part of `npm test`: timings belong here, byte budgets in the tests.
 *   npm run bench                 (BENCH_RUNS=3 BENCH_SIZES=200,1000,3000 by default)
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser } from './lib/launch-browser.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';
import { serveStatic } from './serve-static.ts';
import { syntheticId, syntheticPage } from './lib/synthetic-pages.ts';
import { lighthouseScores, type LighthouseResult } from './bench/lighthouse.ts';
import { searchCost, type SearchCost } from './lib/search-cost.ts';
import { report, stat, type SizeResult, type WeightRow } from './lib/bench-report.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const out = join(root, 'bench-out');
const sizes = (process.env['BENCH_SIZES'] ?? '200,1000,3000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const started = Date.now();
const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

/** Writes `count` synthetic pages into `folder`. */
function writePages(folder: string, count: number) {
	rmSync(folder, { recursive: true, force: true });
	for (let index = 0; index < count; index += 1) {
		const file = join(folder, `${syntheticId(index)}.mdx`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, syntheticPage(index, count));
	}
}

/** A minimal Starlight site: default config, default schema, no custom components or plugins. */
function writePlainProject(folder: string) {
	mkdirSync(join(folder, 'src'), { recursive: true });
	writeFileSync(
		join(folder, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain Starlight' })] });\n",
	);
	writeFileSync(
		join(folder, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
	);
}

interface BuildRun {
	ms: number;
	maxRssMb: number;
}

async function measuredBuild(projectRoot: string, outDir: string, env: Record<string, string>, cacheDir: string): Promise<BuildRun> {
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(outDir, { recursive: true, force: true });
	const started = performance.now();
	const { stdout } = await run(process.execPath, [join(root, 'scripts', 'lib', 'measured-build.ts'), projectRoot, outDir], {
		cwd: projectRoot,
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	const wall = performance.now() - started;
	const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as BuildRun;
	return { ms: wall, maxRssMb: last.maxRssMb };
}

async function buildScaling(): Promise<SizeResult[]> {
	const results: SizeResult[] = [];
	for (const size of sizes) {
		const oursContent = join(out, `ours-${size}`, 'content', 'docs');
		const plainRoot = join(out, `plain-${size}`);
		writePages(oursContent, size);
		writePlainProject(plainRoot);
		cpSync(oursContent, join(plainRoot, 'src', 'content', 'docs'), { recursive: true });
		const ours: BuildRun[] = [];
		const plain: BuildRun[] = [];
		for (let attempt = 0; attempt < runs; attempt += 1) {
			const buildOurs = async () =>
				ours.push(
					await measuredBuild(
						root,
						join(out, `dist-ours-${size}`),
						{ ATLAS_CONTENT_DIR: oursContent, ATLAS_CACHE_DIR: join(out, 'cache-ours') },
						join(out, 'cache-ours'),
					),
				);
			const buildPlain = async () =>
				plain.push(await measuredBuild(plainRoot, join(out, `dist-plain-${size}`), {}, join(plainRoot, 'node_modules', '.astro')));
			// Alternate which goes first, so neither always gets the warmer machine.
			if (attempt % 2 === 0) await buildOurs().then(buildPlain);
			else await buildPlain().then(buildOurs);
			log(
				`${size} pages, run ${attempt + 1}: ours ${(ours.at(-1)!.ms / 1000).toFixed(1)} s, plain ${(plain.at(-1)!.ms / 1000).toFixed(1)} s`,
			);
		}
		// A build makes the pages plus a few of its own (home, 404, compare, export): count the pages given.
		const summary = (list: BuildRun[]) => ({
			seconds: stat(list.map((b) => b.ms / 1000)),
			msPerPage: stat(list.map((b) => b.ms / size)),
			peakMb: stat(list.map((b) => b.maxRssMb)),
		});
		const o = summary(ours);
		const p = summary(plain);
		results.push({ pages: size, ours: o, plain: p, overhead: o.msPerPage.median / p.msPerPage.median });
	}
	return results;
}

async function weights(): Promise<{ rows: WeightRow[]; plain: PageWeight; oursSynthetic: PageWeight }> {
	const real = join(out, 'dist-real');
	rmSync(real, { recursive: true, force: true });
	await run(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', real], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	});
	const smallest = Math.min(...sizes);
	const servers = await Promise.all([
		serveStatic(real, 0, '/'),
		serveStatic(join(out, `dist-ours-${smallest}`), 0, '/'),
		serveStatic(join(out, `dist-plain-${smallest}`), 0, '/'),
	]);
	const [realSite, oursSite, plainSite] = servers.map((server) => server.url) as [string, string, string];
	const { browser, close } = await launchBrowser();
	const rows: WeightRow[] = [];
	for (const [page, path] of [
		['Home', ''],
		['Technology page (Django)', 'frameworks/django/'],
		['Compare page (frameworks)', 'compare/frameworks/'],
		['Walkthrough (Order Now)', 'start-here/order-now/'],
		['Endpoint samples (eight stacks)', 'start-here/order-endpoint/'],
	] as const) {
		rows.push({ page, ours: await pageWeight(browser, realSite + path) });
	}
	const synthetic = `${syntheticId(1)}/`;
	const oursSynthetic = await pageWeight(browser, oursSite + synthetic);
	const plain = await pageWeight(browser, plainSite + synthetic);
	await close();
	for (const server of servers) server.server.close();
	return { rows, plain, oursSynthetic };
}

async function main() {
	if (process.env['BENCH_REUSE_SCALING'] !== '1') rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	log(`sizes ${sizes.join(', ')}, ${runs} runs each`);
	// BENCH_REUSE_SCALING=1 reuses the build figures of the last run (to re-measure the rest quickly).
	const saved = join(root, 'bench-out-scaling.json');
	const reuse = process.env['BENCH_REUSE_SCALING'] === '1' && existsSync(saved);
	const buildsStarted = Date.now();
	const { scaling, buildSeconds } = reuse
		? (JSON.parse(readFileSync(saved, 'utf8')) as { scaling: SizeResult[]; buildSeconds: number })
		: { scaling: await buildScaling(), buildSeconds: (Date.now() - buildsStarted) / 1000 };
	writeFileSync(saved, JSON.stringify({ scaling, buildSeconds }));
	log('page weight');
	const weight = await weights();
	log('search cost');
	const realServer = await serveStatic(join(out, 'dist-real'), 0, '/');
	const search: SearchCost = await searchCost(realServer.url);
	realServer.server.close();
	log('lighthouse');
	// Lighthouse simulates a slow phone network from the bytes it sees, so the site is served
	// gzip-compressed, as a static host serves it (the page weights above are gzipped sizes too).
	const compressedServer = await serveStatic(join(out, 'dist-real'), 0, '/', { compress: true });
	const lighthouse: LighthouseResult[] = await lighthouseScores(compressedServer.url, [
		'',
		'frameworks/django/',
		'compare/frameworks/',
		'start-here/order-now/',
		'start-here/order-endpoint/',
	]);
	compressedServer.server.close();

	const first = scaling[0]!;
	const last = scaling.at(-1)!;
	const growth = last.ours.msPerPage.median / first.ours.msPerPage.median;
	const cssJs = (w: PageWeight) => w.css + w.js;
	const results = {
		date: new Date().toISOString().slice(0, 10),
		hardware: {
			cpu: cpus()[0]?.model ?? 'unknown',
			cores: cpus().length,
			memoryGb: Math.round(totalmem() / 2 ** 30),
			node: process.version,
		},
		runs,
		scaling,
		growth,
		weight,
		weightTargets: {
			cssJsAbovePlainKb: weight.rows.map((row) => ({ page: row.page, kb: (cssJs(row.ours) - cssJs(weight.plain)) / 1024 })),
			htmlRatio: weight.rows.map((row) => ({ page: row.page, ratio: row.ours.html / weight.plain.html })),
			syntheticCssJsAbovePlainKb: (cssJs(weight.oursSynthetic) - cssJs(weight.plain)) / 1024,
			syntheticHtmlRatio: weight.oursSynthetic.html / weight.plain.html,
		},
		search,
		lighthouse,
		buildSeconds,
		/** The whole run; when the build figures were reused, their original time is counted in. */
		seconds: (Date.now() - started) / 1000 + (reuse ? buildSeconds : 0),
	};
	writeFileSync(join(root, 'benchmarks.json'), `${JSON.stringify(results, null, '\t')}\n`);
	writeFileSync(join(root, 'BENCHMARKS.md'), report(results));
	log(`done: BENCHMARKS.md and benchmarks.json (growth ${growth.toFixed(2)}, overhead at ${last.pages} pages ${last.overhead.toFixed(2)})`);
}

await main();
