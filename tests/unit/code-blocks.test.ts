/**
 * Every code block written in the pages, as the MDX parser of the build finds it, parsed by a
 * real parser for its language (see tests/helpers/code-parsers.ts for which parser covers
 * what). A syntax error fails with the file, the line and the language. The JavaScript and
 * TypeScript blocks are type-checked too. The samples shown from samples/ are real files,
 * checked by samples.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { walkthroughFile } from '../../src/lib/walkthrough-refs';
import { canonicalLanguage, codeBlocksOf, type CodeBlock, type Problem } from '../helpers/code-blocks';
import { graphqlAgainstSchema, parserFor, withoutParser } from '../helpers/code-parsers';
import { loadPages, projectRoot } from '../helpers/content-pages';
import { nodesOfType } from '../helpers/markdown';
import { ownTools } from '../helpers/own-tools';
import { isTypeCheckExempt, typeCheck } from '../helpers/type-check';

const blocks = loadPages().flatMap((page) => codeBlocksOf(page.source, page.file));
const name = (block: CodeBlock) => `${block.file}:${block.line} (${block.lang || 'no language'})`;
/** "file:line (language): message" for each problem, with the line counted in the file. */
const report = (block: CodeBlock, problems: readonly Problem[]) =>
	problems.map((problem) => `${block.file}:${block.line + problem.line}:${problem.column} (${block.lang}): ${problem.message}`);

describe('the code blocks', () => {
	it('are found on the pages', () => {
		expect(blocks.length).toBeGreaterThan(30);
	});

	it('each name a language with a parser, or one listed without a parser with its reason', () => {
		const unknown = blocks.filter((block) => !parserFor(block) && !(canonicalLanguage(block.lang) in withoutParser)).map(name);
		expect(unknown, `no parser for: ${unknown.join(', ')}`).toEqual([]);
	});

	it('of the walkthrough data: there are none (if code is ever added there, check it here)', () => {
		const strings = (value: unknown): string[] =>
			typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];
		const texts = strings(parseYaml(readFileSync(join(projectRoot, walkthroughFile), 'utf8')));
		expect(texts.length).toBeGreaterThan(30);
		// Read as Markdown, no text holds a code block (indented or fenced).
		expect(texts.filter((text) => nodesOfType(markdownToMdast(text), 'code').length > 0)).toEqual([]);
	});
});

describe.each(blocks.filter((block) => parserFor(block)).map((block) => [name(block), block] as const))('%s', (_name, block) => {
	const parser = parserFor(block);
	it(`parses with ${parser?.tool}`, async () => {
		const problems = (await parser?.check(block)) ?? [];
		expect(report(block, problems)).toEqual([]);
	});

	const own = ownTools[canonicalLanguage(block.lang)];
	if (own) {
		it.skipIf(!own.available)(`parses with ${own.tool}`, () => {
			expect(report(block, own.check(block.code))).toEqual([]);
		});
	}
});

describe('GraphQL operations', () => {
	const pages = [...new Set(blocks.filter((block) => canonicalLanguage(block.lang) === 'graphql').map((block) => block.file))];
	it.each(pages)('in %s fit the schema written on the same page', (file) => {
		const results = graphqlAgainstSchema(blocks.filter((block) => block.file === file && canonicalLanguage(block.lang) === 'graphql'));
		expect(results.flatMap(({ block, problems }) => report(block, problems))).toEqual([]);
	});
});

describe.each(['javascript', 'typescript'] as const)('the %s samples', (language) => {
	const samples = blocks.filter((block) => canonicalLanguage(block.lang) === language && !isTypeCheckExempt(block));
	const results = typeCheck(samples, language);
	it.each(samples.map((block) => [name(block), block] as const))('%s type-checks', (_name, block) => {
		expect(report(block, results.get(block) ?? [])).toEqual([]);
	});
});

/* ---------- the checks themselves catch mistakes ---------- */

/** One broken sample per language, each with the line the parser must point at. */
const broken: readonly [lang: string, code: string, line: number, file?: string][] = [
	['js', 'const total = items.reduce((sum, item) => sum + item.price, 0;\n', 1],
	['ts', 'type Order = { id: number;\nconst order: Order = { id: 1 };\n', 2],
	['python', 'def total(items):\n    return sum(item.price for item in items\n', 2],
	['java', 'class Order {\n  int total() { return 1 }\n}\n', 2],
	['go', 'package main\n\nfunc main() {\n\tfmt.Println("hi"\n}\n', 4],
	['php', '<?php\n$total = array_sum([1, 2, 3]\necho $total;\n', 3],
	['ruby', 'def total(items)\n  items.sum { |item| item.price \nend\n', 2],
	['bash', 'if [ -f package.json ]; then\n  npm install\n', 3],
	['json', '{\n  "id": 1,\n  "total": 3399,\n}\n', 4],
	['yaml', 'steps:\n  - id: one\n   order: 1\n', 3],
	['graphql', 'type Query {\n  order(id: ID!): Order\n\ntype Order { id: ID! }\n', 4],
	['sql', 'SELECT name\nFROM customers\nWHERE city = ;\n', 3],
	['sql', 'CREATE TABLE t (\n  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY\n);\n', 2, 'content/docs/databases/postgresql.mdx'],
	['dockerfile', 'FROM node:24-alpine\nRUNN npm ci\n', 2],
	['nginx', 'server {\n    listen 80;\n    proxy_pas http://127.0.0.1:3000;\n}\n', 3],
	['nginx', 'server {\n    listen 80;\n    proxy_pass http://127.0.0.1:3000;\n}\n', 3],
	['nginx', 'server {\n    listen 80;\n    location / {\n        root /var/www;\n}\n', 1],
];

describe('each parser', () => {
	it.each(broken)('rejects broken %s and points at the line', async (lang, code, line, file = 'content/docs/example.mdx') => {
		const block: CodeBlock = { file, line: 10, lang, meta: '', code };
		const problems = (await parserFor(block)?.check(block)) ?? [];
		expect(problems.length, `no problem found in:\n${code}`).toBeGreaterThan(0);
		expect(problems.map((problem) => problem.line)).toContain(line);
	});

	it('type-checks against the real packages: a misspelt Express method fails', () => {
		const block: CodeBlock = {
			file: 'content/docs/example.mdx',
			line: 1,
			lang: 'js',
			meta: '',
			code: 'import express from "express";\nconst app = express();\napp.gett("/", (req, res) => res.json({}));\n',
		};
		const problems = typeCheck([block], 'javascript').get(block) ?? [];
		expect(problems.map((problem) => `${problem.line}: ${problem.message}`).join('\n')).toMatch(
			/^3: TS2551: Property 'gett' does not exist/,
		);
	});

	it('type-checks TypeScript strictly: a wrong type fails', () => {
		const block: CodeBlock = { file: 'content/docs/example.mdx', line: 1, lang: 'ts', meta: '', code: 'const total: number = "3399";\n' };
		expect((typeCheck([block], 'typescript').get(block) ?? []).map((problem) => problem.line)).toEqual([1]);
	});
});
