/**
 * Real parsers for the languages of the pages' code blocks, all installed from npm (no download
 * at run time): tree-sitter grammars (tree-sitter.ts) and the languages' own parsers where npm
 * has one (JSON.parse, yaml, graphql, PostgreSQL's parser, a MySQL parser, the Dockerfile
 * validator of the VS Code Docker extension). Each check returns the syntax problems it found,
 * by line within the block (1-based). Types are checked in type-check.ts, and a language's own
 * compiler, where this machine has one, in own-tools.ts.
 */
import { parseAllDocuments } from 'yaml';
import { GraphQLError, buildASTSchema, parse as parseGraphQL, validate as validateGraphQL, type DocumentNode } from 'graphql';
import { loadModule as loadPostgres, parseSync as parsePostgres, hasSqlDetails } from 'libpg-query';
import sqlParser from 'node-sql-parser';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { canonicalLanguage, lineColumnAt, type CodeBlock, type LanguageCheck, type Problem } from './code-blocks';
import { treeSitterCheck } from './tree-sitter';
import { nginxCheck } from './nginx-check';

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
