/**
 * The code samples in samples/<topic>/<stack>/: real files with their own manifests, shown on
 * the pages by import. Each source file is checked by the best tool this machine has for its
 * language: tsc with the sample's own tsconfig.json for JavaScript and TypeScript; a language's
 * own compiler when installed (own-tools.ts); tree-sitter otherwise.
 */
import { spawn } from 'node:child_process';
import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { Problem } from './code-blocks';
import { projectRoot, type SourcePage } from './content-pages';
import { allJsxElements, defaultImports, type JsxElement } from './markdown';
import { fileCompilers } from './own-tools';
import { treeSitterProblems, treeSitterTool, type Grammar } from './tree-sitter';

export const samplesRoot = join(projectRoot, 'samples');

/** The files that say what a sample needs, one per ecosystem's usual name. */
const manifestNames = [
	'package.json',
	'requirements.txt',
	'pyproject.toml',
	'pom.xml',
	'build.gradle',
	'build.gradle.kts',
	'go.mod',
	'composer.json',
	'Gemfile',
];
/** Tool settings: neither source nor manifest. */
const configNames = ['tsconfig.json'];
/** What tools write into a sample folder (ignored by git too). */
const generated = ['**/node_modules/**', '**/dist/**', '**/__pycache__/**', '**/target/**', '**/vendor/**'];

const languageOf: Readonly<Record<string, 'node' | 'python' | 'java' | 'go' | 'php' | 'ruby'>> = {
	'.js': 'node',
	'.mjs': 'node',
	'.cjs': 'node',
	'.ts': 'node',
	'.mts': 'node',
	'.py': 'python',
	'.java': 'java',
	'.go': 'go',
	'.php': 'php',
	'.rb': 'ruby',
};

export interface Sample {
	/** "order-endpoint/express" */
	id: string;
	topic: string;
	stack: string;
	dir: string;
	/** Paths within the sample folder. */
	sources: string[];
	manifests: string[];
	/** Files that are none of these: each must be given a check before it is added. */
	unknown: string[];
}

/** Every sample folder, samples/<topic>/<stack>/. */
export function loadSamples(root = samplesRoot): Sample[] {
	const folders = (dir: string) =>
		readdirSync(dir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort();
	return folders(root).flatMap((topic) =>
		folders(join(root, topic)).map((stack) => {
			const dir = join(root, topic, stack);
			const files = globSync('**/*', { cwd: dir, exclude: generated, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
				.sort();
			const manifests = files.filter((file) => manifestNames.includes(file));
			const sources = files.filter((file) => extname(file) in languageOf);
			const unknown = files.filter((file) => !manifests.includes(file) && !sources.includes(file) && !configNames.includes(file));
			return { id: `${topic}/${stack}`, topic, stack, dir, sources, manifests, unknown };
		}),
	);
}

/** How one source file is checked: the tool's name for the report, and the check. */
export interface FileCheck {
	tool: string;
	run(): Promise<Problem[]>;
}

const tsc = new Map<string, Promise<Map<string, Problem[]>>>();

/**
 * tsc -p on the sample folder, once: type-checks with the sample's own tsconfig.json against the
 * packages its manifest installs, and compiles to dist/ where the tsconfig says so (as the
 * sample's `npm run build` does). Returns the problems of each file, by path in the folder
 * ("*" for problems that name no file).
 */
export function typeCheckSample(dir: string): Promise<Map<string, Problem[]>> {
	let result = tsc.get(dir);
	if (!result) {
		const bin = createRequire(join(dir, 'package.json')).resolve('typescript/bin/tsc');
		result = new Promise((resolve, reject) => {
			const child = spawn(process.execPath, [bin, '-p', '.', '--pretty', 'false'], { cwd: dir });
			let output = '';
			child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.once('error', reject);
			child.once('close', () => {
				const problems = new Map<string, Problem[]>();
				const add = (file: string, problem: Problem) => problems.set(file, [...(problems.get(file) ?? []), problem]);
				for (const line of output.split('\n').filter(Boolean)) {
					const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
					if (match) add(match[1] ?? '', { line: Number(match[2]), column: Number(match[3]), message: match[4] ?? '' });
					else if (/error TS\d+/.test(line)) add('*', { line: 1, column: 1, message: line });
				}
				resolve(problems);
			});
		});
		tsc.set(dir, result);
	}
	return result;
}

const treeSitterFallback = (grammar: Grammar, why: string, file: string): FileCheck => ({
	tool: `${treeSitterTool(grammar)}, ${why}`,
	run: () => treeSitterProblems(grammar, readFileSync(file, 'utf8')),
});

/** The check of one source file of a sample: the best tool available here for its language. */
export function checkFor(sample: Pick<Sample, 'dir'>, path: string): FileCheck {
	const file = join(sample.dir, path);
	const language = languageOf[extname(path)];
	if (language === 'node') {
		if (!existsSync(join(sample.dir, 'tsconfig.json'))) {
			return { tool: 'tsc', run: async () => [{ line: 1, column: 1, message: 'the sample has no tsconfig.json for tsc' }] };
		}
		const checkJs = /\.[cm]?js$/.test(path) ? ', checkJs' : '';
		return {
			tool: `tsc -p ${relative(samplesRoot, sample.dir)} (its own tsconfig.json${checkJs}, its own packages)`,
			run: async () => {
				const problems = await typeCheckSample(sample.dir);
				return [...(problems.get(path) ?? []), ...(problems.get('*') ?? [])];
			},
		};
	}
	if (language === 'java') {
		return treeSitterFallback('java', "as javac cannot compile it without Spring's jars, which are not installed", file);
	}
	if (!language) return { tool: 'no tool', run: async () => [{ line: 1, column: 1, message: `no check for ${extname(path)} files` }] };
	const compiler = fileCompilers[language];
	if (compiler.available) return { tool: compiler.tool, run: async () => compiler.check(file, readFileSync(file, 'utf8')) };
	return treeSitterFallback(language, `as ${compiler.command} is not installed here`, file);
}

/** The language a page shows each kind of source file in (`<Code lang="…">`). */
export const shownLanguage: Readonly<Record<string, string>> = {
	'.js': 'js',
	'.mjs': 'js',
	'.cjs': 'js',
	'.ts': 'ts',
	'.mts': 'ts',
	'.py': 'python',
	'.java': 'java',
	'.go': 'go',
	'.php': 'php',
	'.rb': 'ruby',
};

export interface ShownSample {
	/** The page, from the project root. */
	page: string;
	/** The file, from samples/ ("order-endpoint/express/server.mjs"). */
	path: string;
	/** Its <Code> element. */
	element: JsxElement;
}

/** Every <Code> on the pages that shows a file of samples/ (imported with ?raw). */
export function samplesShown(pages: readonly SourcePage[]): ShownSample[] {
	return pages.flatMap((page) => {
		const imports = defaultImports(page.source);
		return allJsxElements(page.source)
			.filter((element) => element.name === 'Code')
			.flatMap((element) => {
				const specifier = imports.get(element.attributes['code'] ?? '') ?? '';
				const file = resolve(projectRoot, dirname(page.file), specifier.replace(/\?raw$/, ''));
				return specifier.endsWith('?raw') && file.startsWith(samplesRoot)
					? [{ page: page.file, path: relative(samplesRoot, file).split('\\').join('/'), element }]
					: [];
			});
	});
}
