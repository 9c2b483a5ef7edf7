/**
 * Real parsers for the languages of the site's code blocks, all installed from npm (no
 * download at run time): tree-sitter grammars (the WebAssembly bundle VS Code ships), the languages' own
 * parsers where npm has one (JSON.parse, yaml, graphql, PostgreSQL's parser, a MySQL parser,
 * the Dockerfile validator of the VS Code Docker extension), and the TypeScript compiler for
 * types. Each check returns the syntax problems it found, by line within the block (1-based).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { Language, Node, Parser } from '@vscode/tree-sitter-wasm';
import { parseAllDocuments } from 'yaml';
import { GraphQLError, buildASTSchema, parse as parseGraphQL, validate as validateGraphQL, type DocumentNode } from 'graphql';
import { loadModule as loadPostgres, parseSync as parsePostgres, hasSqlDetails } from 'libpg-query';
import sqlParser from 'node-sql-parser';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { getDirectives as getNginxDirectives } from '@nginx/reference-lib';
import { canonicalLanguage, sampleFileName, type CodeBlock } from '../../src/lib/code-blocks';
import { projectRoot } from './content-pages';

export interface Problem {
	/** Line within the block, from 1. */
	line: number;
	column: number;
	message: string;
}

export interface LanguageCheck {
	/** The parser, as the report names it. */
	tool: string;
	check(block: CodeBlock): Promise<Problem[]> | Problem[];
}

const require = createRequire(import.meta.url);
const lineColumnAt = (code: string, offset: number) => {
	const before = code.slice(0, Math.max(0, offset)).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

/* ---------- tree-sitter ---------- */

/** One package holds every grammar and the runtime, as WebAssembly: nothing to compile on install. */
const treeSitterWasm = require('@vscode/tree-sitter-wasm') as typeof import('@vscode/tree-sitter-wasm');
const grammars = {
	javascript: 'tree-sitter-javascript.wasm',
	typescript: 'tree-sitter-typescript.wasm',
	tsx: 'tree-sitter-tsx.wasm',
	python: 'tree-sitter-python.wasm',
	java: 'tree-sitter-java.wasm',
	go: 'tree-sitter-go.wasm',
	php: 'tree-sitter-php.wasm',
	ruby: 'tree-sitter-ruby.wasm',
	bash: 'tree-sitter-bash.wasm',
	csharp: 'tree-sitter-c-sharp.wasm',
	rust: 'tree-sitter-rust.wasm',
} as const;
type Grammar = keyof typeof grammars;
const grammarFolder = dirname(require.resolve('@vscode/tree-sitter-wasm'));

let ready: Promise<void> | undefined;
const languages = new Map<Grammar, Promise<Language>>();

async function treeSitter(grammar: Grammar): Promise<Parser> {
	ready ??= treeSitterWasm.Parser.init();
	await ready;
	let language = languages.get(grammar);
	if (!language) {
		language = treeSitterWasm.Language.load(join(grammarFolder, grammars[grammar]));
		languages.set(grammar, language);
	}
	const parser = new treeSitterWasm.Parser();
	parser.setLanguage(await language);
	return parser;
}

/** ERROR and MISSING nodes: where tree-sitter could not fit the code to the grammar. */
function treeErrors(root: Node, code: string): Problem[] {
	const problems: Problem[] = [];
	const visit = (node: Node) => {
		if (node.isMissing) {
			problems.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, message: `missing "${node.type}"` });
			return;
		}
		if (node.isError) {
			const near = code.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 40)).split('\n')[0];
			problems.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, message: `syntax error at "${near}"` });
			return;
		}
		if (node.hasError) for (const child of node.children) if (child) visit(child);
	};
	visit(root);
	return problems;
}

/**
 * A tree-sitter check. `prefix` is source put before the block to make it a whole file (PHP's
 * grammar wants `<?php`); problems are reported at the block's own line numbers.
 */
function treeSitterCheck(grammar: Grammar, prefix: (code: string) => string = () => ''): LanguageCheck {
	return {
		tool: `tree-sitter (@vscode/tree-sitter-wasm, ${grammars[grammar]})`,
		async check({ code }) {
			const parser = await treeSitter(grammar);
			const before = prefix(code);
			const tree = parser.parse(before + code);
			if (!tree) return [{ line: 1, column: 1, message: 'tree-sitter returned no tree' }];
			const shift = before.split('\n').length - 1;
			const problems = treeErrors(tree.rootNode, before + code).map((problem) => ({ ...problem, line: problem.line - shift }));
			tree.delete();
			parser.delete();
			return problems;
		},
	};
}

/* ---------- the languages' own parsers ---------- */

const jsonCheck: LanguageCheck = {
	tool: 'JSON.parse (the JSON parser built into Node.js)',
	check({ code }) {
		try {
			JSON.parse(code);
			return [];
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const position = /position (\d+)/.exec(message);
			return [{ ...lineColumnAt(code, Number(position?.[1] ?? 0)), message }];
		}
	},
};

const yamlCheck: LanguageCheck = {
	tool: 'yaml (YAML 1.2 parser), every document in the block',
	check({ code }) {
		return parseAllDocuments(code).flatMap((document) =>
			'errors' in document
				? document.errors.map((error) => ({
						line: error.linePos?.[0].line ?? 1,
						column: error.linePos?.[0].col ?? 1,
						message: error.message.split('\n')[0] ?? error.code,
					}))
				: [],
		);
	},
};

const graphqlCheck: LanguageCheck = {
	tool: 'graphql (the reference implementation), parse()',
	check({ code }) {
		try {
			parseGraphQL(code);
			return [];
		} catch (error) {
			if (!(error instanceof GraphQLError)) throw error;
			const where = error.locations?.[0];
			return [{ line: where?.line ?? 1, column: where?.column ?? 1, message: error.message }];
		}
	},
};

/** SQL is parsed as the page's database speaks it; SQL on other pages must parse in both. */
const sqlDialectByFile: Readonly<Record<string, 'postgresql' | 'mysql'>> = {
	'content/docs/databases/postgresql.mdx': 'postgresql',
	'content/docs/databases/mysql.mdx': 'mysql',
};

let postgresReady: Promise<void> | undefined;
const mysql = new sqlParser.Parser();

async function postgresProblems(code: string): Promise<Problem[]> {
	postgresReady ??= loadPostgres();
	await postgresReady;
	try {
		parsePostgres(code);
		return [];
	} catch (error) {
		const offset = hasSqlDetails(error) ? (error.sqlDetails?.cursorPosition ?? 0) : 0;
		return [{ ...lineColumnAt(code, offset), message: `PostgreSQL: ${error instanceof Error ? error.message : String(error)}` }];
	}
}

function mysqlProblems(code: string): Problem[] {
	try {
		mysql.astify(code, { database: 'MySQL' });
		return [];
	} catch (error) {
		const where = (error as { location?: { start?: { line: number; column: number } } }).location?.start;
		return [
			{
				line: where?.line ?? 1,
				column: where?.column ?? 1,
				message: `MySQL: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
			},
		];
	}
}

const sqlCheck: LanguageCheck = {
	tool: 'libpg-query (PostgreSQL 18’s own parser, compiled to WebAssembly) and node-sql-parser (MySQL grammar)',
	async check({ code, file }) {
		const dialect = sqlDialectByFile[file];
		return [...(dialect !== 'mysql' ? await postgresProblems(code) : []), ...(dialect !== 'postgresql' ? mysqlProblems(code) : [])];
	},
};

const dockerfileCheck: LanguageCheck = {
	tool: 'dockerfile-utils (the validator behind the VS Code Docker extension), errors and warnings',
	check({ code }) {
		return validateDockerfile(code).map((diagnostic) => ({
			line: diagnostic.range.start.line + 1,
			column: diagnostic.range.start.character + 1,
			message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
		}));
	},
};

/* ---------- nginx: its own token rules, every directive checked against NGINX's reference ---------- */

interface NginxToken {
	text: string;
	line: number;
	column: number;
	/** True for `;`, `{` and `}` outside quotes. */
	special: boolean;
}

/**
 * Splits nginx configuration into tokens as nginx's own reader does (ngx_conf_read_token):
 * words end at white space, `;`, `{` or `}`; `#` starts a comment; quotes group a word; `${name}`
 * is a variable, not a block.
 */
function nginxTokens(code: string): { tokens: NginxToken[]; problems: Problem[] } {
	const tokens: NginxToken[] = [];
	let line = 1;
	let column = 1;
	let index = 0;
	const advance = () => {
		if (code[index] === '\n') {
			line++;
			column = 1;
		} else column++;
		index++;
	};
	while (index < code.length) {
		const char = code[index] ?? '';
		if (/\s/.test(char)) advance();
		else if (char === '#') while (index < code.length && code[index] !== '\n') advance();
		else if (char === ';' || char === '{' || char === '}') {
			tokens.push({ text: char, line, column, special: true });
			advance();
		} else {
			const start = { line, column };
			let text = '';
			if (char === '"' || char === "'") {
				advance();
				while (index < code.length && code[index] !== char) {
					if (code[index] === '\\') {
						text += code[index];
						advance();
					}
					text += code[index] ?? '';
					advance();
				}
				if (index >= code.length) return { tokens, problems: [{ ...start, message: `nginx: unclosed ${char} quote` }] };
				advance();
			} else {
				while (index < code.length && !/[\s;{}]/.test(code[index] ?? '')) {
					text += code[index];
					advance();
					// `${name}`: the braces belong to the variable.
					if (text.endsWith('$') && code[index] === '{') {
						while (index < code.length && code[index] !== '}') {
							text += code[index];
							advance();
						}
						text += code[index] ?? '';
						advance();
					}
				}
			}
			tokens.push({ text, ...start, special: false });
		}
	}
	return { tokens, problems: [] };
}

const nginxReference = getNginxDirectives();
/** Blocks whose contents are data (MIME types, map entries), not directives. */
const nginxDataBlocks = new Set(['types', 'map', 'geo', 'split_clients', 'match']);

/** The context a block opens, as NGINX's reference names contexts. */
function nginxContext(name: string, parent: readonly string[]): readonly string[] {
	if (name === 'if') return parent.includes('location') ? ['if in location'] : ['if'];
	return [name];
}

const nginxCheck: LanguageCheck = {
	tool: 'nginx token rules (as ngx_conf_read_token reads them), each directive checked against @nginx/reference-lib (NGINX’s directive reference: name, context, block or not)',
	check({ code }) {
		const { tokens, problems } = nginxTokens(code);
		if (problems.length) return problems;
		// A snippet is either a whole nginx.conf (main) or a file included inside http { }.
		const stack: { name: string; contexts: readonly string[]; line: number; column: number }[] = [];
		let words: NginxToken[] = [];
		const contextNow = () => stack.at(-1)?.contexts ?? ['main', 'http'];
		const insideData = () => stack.some((block) => nginxDataBlocks.has(block.name));
		// http, stream and mail each have a "server" context: keep to the modules of the one we are in.
		const family = () => stack.find((block) => block.name === 'stream' || block.name === 'mail')?.name ?? 'http';
		const otherFamilies = () => ['http', 'stream', 'mail'].filter((name) => name !== family()).map((name) => `ngx_${name}_`);
		const directive = (opensBlock: boolean, at: NginxToken): Problem[] => {
			const [name, ...args] = words;
			if (!name) return [{ line: at.line, column: at.column, message: `nginx: unexpected "${at.text}"` }];
			if (insideData()) return [];
			const known = nginxReference.filter(
				(entry) => entry.name === name.text && !otherFamilies().some((prefix) => entry.module.startsWith(prefix)),
			);
			if (known.length === 0) return [{ line: name.line, column: name.column, message: `nginx: unknown directive "${name.text}"` }];
			const here = contextNow();
			const fits = known.filter((entry) => entry.contexts.includes('') || entry.contexts.some((context) => here.includes(context)));
			if (fits.length === 0) {
				return [
					{
						line: name.line,
						column: name.column,
						message: `nginx: "${name.text}" is not allowed in ${here.join(' or ')} (allowed in ${[...new Set(known.flatMap((entry) => entry.contexts))].join(', ')})`,
					},
				];
			}
			if (!fits.some((entry) => entry.isBlock === opensBlock)) {
				return [
					{
						line: name.line,
						column: name.column,
						message: opensBlock ? `nginx: "${name.text}" takes no block` : `nginx: "${name.text}" needs a block { … }, not ";"`,
					},
				];
			}
			if (opensBlock && name.text === 'location' && args.length === 0) {
				return [{ line: name.line, column: name.column, message: 'nginx: "location" needs a URI' }];
			}
			return [];
		};
		for (const token of tokens) {
			if (!token.special) {
				words.push(token);
				continue;
			}
			if (token.text === ';') {
				problems.push(...directive(false, token));
				words = [];
			} else if (token.text === '{') {
				problems.push(...directive(true, token));
				const name = words[0]?.text ?? '';
				stack.push({ name, contexts: nginxContext(name, contextNow()), line: token.line, column: token.column });
				words = [];
			} else {
				if (words.length) {
					const last = words.at(-1) ?? token;
					problems.push({ line: last.line, column: last.column, message: `nginx: missing ";" after "${last.text}"` });
					words = [];
				}
				if (!stack.pop()) problems.push({ line: token.line, column: token.column, message: 'nginx: unexpected "}"' });
			}
		}
		const last = words.at(-1);
		if (last) problems.push({ line: last.line, column: last.column, message: `nginx: missing ";" after "${last.text}"` });
		const open = stack.at(-1);
		if (open) problems.push({ line: open.line, column: open.column, message: `nginx: "${open.name}" block is never closed` });
		return problems;
	},
};

/** The parser for each language (after canonicalLanguage): the syntax check every block must pass. */
const parsers: Readonly<Record<string, LanguageCheck>> = {
	javascript: treeSitterCheck('javascript'),
	typescript: treeSitterCheck('typescript'),
	tsx: treeSitterCheck('tsx'),
	python: treeSitterCheck('python'),
	java: treeSitterCheck('java'),
	go: treeSitterCheck('go'),
	// PHP blocks that open with <?php are whole files; others are PHP code alone, so they get one.
	php: treeSitterCheck('php', (code) => (/^\s*<\?php/.test(code) ? '' : '<?php\n')),
	ruby: treeSitterCheck('ruby'),
	bash: treeSitterCheck('bash'),
	csharp: treeSitterCheck('csharp'),
	rust: treeSitterCheck('rust'),
	json: jsonCheck,
	yaml: yamlCheck,
	graphql: graphqlCheck,
	sql: sqlCheck,
	dockerfile: dockerfileCheck,
	nginx: nginxCheck,
};

/** Languages without a parser, each with the reason. A block in any other language fails the test. */
export const withoutParser: Readonly<Record<string, string>> = {
	text: 'plain text (terminal output, file trees, sketches): it has no grammar to check',
	caddyfile:
		'Caddy’s Caddyfile: npm has no parser for it (Caddy’s own, `caddy adapt`, is part of the Go program, which npm cannot install here)',
};

/** The parser of a block's language, or undefined when it has none (see withoutParser). */
export function parserFor(block: CodeBlock): LanguageCheck | undefined {
	return parsers[canonicalLanguage(block.lang)];
}

/* ---------- the languages' own tools, where the machine has them ---------- */

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/**
 * Extra checks with a language's own tool, run only when the machine has it (npm cannot
 * install them): Python's compiler and bash's `-n` (read, do not run).
 */
export const ownTools: Readonly<Record<string, { tool: string; available: boolean; check(code: string): Problem[] }>> = {
	python: {
		tool: 'python3: compile() of the block (the CPython parser)',
		available: has('python3', ['-c', 'pass']),
		check(code) {
			const script =
				'import sys\ntry:\n compile(sys.stdin.read(), "<block>", "exec")\nexcept SyntaxError as e:\n print(f"{e.lineno}:{e.offset}:{e.msg}")';
			const result = spawnSync('python3', ['-c', script], { input: code, encoding: 'utf8' });
			const [line, column, ...message] = result.stdout.trim().split(':');
			return result.stdout.trim() ? [{ line: Number(line), column: Number(column), message: `python3: ${message.join(':')}` }] : [];
		},
	},
	bash: {
		tool: 'bash -n (bash reads the block without running it)',
		available: has('bash', ['-c', 'true']),
		check(code) {
			const result = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
			const match = /line (\d+): (.*)/.exec(result.stderr);
			return result.status === 0
				? []
				: [{ line: Number(match?.[1] ?? 1), column: 1, message: `bash: ${match?.[2] ?? result.stderr.trim()}` }];
		},
	},
};

/* ---------- GraphQL: operations against the schema on the same page ---------- */

/** Operations in one block checked against the type definitions of another block on the same page. */
export function graphqlAgainstSchema(blocks: readonly CodeBlock[]): { block: CodeBlock; problems: Problem[] }[] {
	const documents = blocks.map((block) => ({ block, document: parseGraphQL(block.code) as DocumentNode }));
	const definitions = documents.flatMap(({ document }) =>
		document.definitions.filter((definition) => definition.kind.endsWith('TypeDefinition')),
	);
	if (definitions.length === 0) return [];
	const schema = buildASTSchema({ kind: parseGraphQL('scalar Unused').kind, definitions } as DocumentNode);
	return documents
		.filter(({ document }) => document.definitions.some((definition) => definition.kind === 'OperationDefinition'))
		.map(({ block, document }) => ({
			block,
			problems: validateGraphQL(schema, document).map((error) => ({
				line: error.locations?.[0]?.line ?? 1,
				column: error.locations?.[0]?.column ?? 1,
				message: error.message,
			})),
		}));
}

/* ---------- TypeScript: types of the JavaScript and TypeScript samples ---------- */

/** Samples that are parsed but not type-checked, by page and first line, with the reason. */
const typeCheckExemptions: readonly { file: string; startsWith: string; reason: string }[] = [
	{
		file: 'content/docs/databases/mongodb.mdx',
		startsWith: 'db.orders.',
		reason: 'a mongosh script: `db` exists only inside the MongoDB shell, so there is nothing honest to type it against',
	},
];

export function isTypeCheckExempt(block: CodeBlock): boolean {
	return typeCheckExemptions.some((exemption) => exemption.file === block.file && block.code.trimStart().startsWith(exemption.startsWith));
}

const virtualRoot = join(projectRoot, '.code-samples');

/** Where a sample lives in the virtual project: its page's folder plus the file name it gives itself. */
function virtualPath(block: CodeBlock): string {
	const language = canonicalLanguage(block.lang);
	const named = sampleFileName(block.code);
	const fallback = `block-${block.line}.${language === 'typescript' ? 'ts' : 'mjs'}`;
	let name = named && /\.(m|c)?(j|t)sx?$/.test(named) ? named : fallback;
	// CommonJS code in a plain .js file: Node runs it as CommonJS only outside a "type": "module" package.
	if (name.endsWith('.js') && /\brequire\(/.test(block.code) && !/^\s*import\s/m.test(block.code)) name = name.replace(/\.js$/, '.cjs');
	return join(virtualRoot, block.file.replace(/\.mdx?$/, ''), name);
}

const baseOptions: ts.CompilerOptions = {
	noEmit: true,
	strict: true,
	target: ts.ScriptTarget.ES2023,
	lib: ['lib.es2023.d.ts'],
	module: ts.ModuleKind.Preserve,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	moduleDetection: ts.ModuleDetectionKind.Force,
	types: ['node'],
	skipLibCheck: true,
	experimentalDecorators: true,
	emitDecoratorMetadata: true,
	allowJs: true,
	checkJs: true,
};

/**
 * Type-checks samples together, so a page's samples can import one another ("./menu.controller").
 * Returns the problems of each block, by line within the block.
 */
export function typeCheck(blocks: readonly CodeBlock[], language: 'javascript' | 'typescript'): Map<CodeBlock, Problem[]> {
	const files = new Map(blocks.map((block) => [virtualPath(block), block]));
	const options: ts.CompilerOptions = language === 'javascript' ? { ...baseOptions, noImplicitAny: false } : baseOptions;
	const host = ts.createCompilerHost(options, true);
	const { fileExists, readFile, getSourceFile, directoryExists } = host;
	host.fileExists = (path) => files.has(path) || fileExists.call(host, path);
	host.readFile = (path) => files.get(path)?.code ?? readFile.call(host, path);
	host.directoryExists = (path) => path.startsWith(virtualRoot) || (directoryExists?.call(host, path) ?? true);
	host.getSourceFile = (path, target, ...rest) => {
		const block = files.get(path);
		return block ? ts.createSourceFile(path, block.code, target, true) : getSourceFile.call(host, path, target, ...rest);
	};
	const program = ts.createProgram([...files.keys()], options, host);
	const results = new Map<CodeBlock, Problem[]>(blocks.map((block) => [block, []]));
	for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
		const block = diagnostic.file && files.get(diagnostic.file.fileName);
		const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
		if (!block || !diagnostic.file) {
			// A problem outside the samples (options, a missing type package) concerns them all.
			for (const list of results.values()) list.push({ line: 1, column: 1, message: `TS${diagnostic.code}: ${message}` });
			continue;
		}
		const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
		results.get(block)?.push({ line: line + 1, column: character + 1, message: `TS${diagnostic.code}: ${message}` });
	}
	return results;
}

/* ---------- running the Node.js samples ---------- */

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunningSample {
	url: string;
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Starts a server sample with Node.js on a free port (the sample reads PORT), waiting until it
 * answers. TypeScript is compiled first with the TypeScript compiler (decorators and their
 * metadata, as NestJS needs). The file is written inside the project so its imports resolve
 * to the real packages in node_modules.
 */
export async function startSample(block: CodeBlock): Promise<RunningSample> {
	const folder = join(projectRoot, 'node_modules', '.cache', 'atlas-code-samples');
	mkdirSync(folder, { recursive: true });
	const work = mkdtempSync(join(folder, 'run-'));
	const typescript = canonicalLanguage(block.lang) === 'typescript';
	const code = typescript
		? ts.transpileModule(block.code, {
				compilerOptions: {
					target: ts.ScriptTarget.ES2023,
					module: ts.ModuleKind.ESNext,
					experimentalDecorators: true,
					emitDecoratorMetadata: true,
				},
			}).outputText
		: block.code;
	const file = join(work, 'sample.mjs');
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, code);
	const port = await freePort();
	let output = '';
	const child: ChildProcess = spawn(process.execPath, [file], {
		env: { ...process.env, PORT: String(port), NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((done) => child.once('exit', done));
			child.kill();
			await exited;
		}
		rmSync(work, { recursive: true, force: true });
	};
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 150; attempt++) {
		if (child.exitCode !== null) break;
		try {
			await fetch(url, { method: 'HEAD' });
			return { url, output: () => output, stop };
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	await stop();
	throw new Error(`${block.file}:${block.line}: the sample did not start listening on port ${port}.\n${output}`);
}
