/**
 * The code blocks of a page, as the MDX parser the build uses finds them (satteri), with the
 * line each starts on, so the tests can parse every sample on the site with a real parser for
 * its language. Blocks inside components (tabs, asides) are found too.
 */
import { mdxTree, nodesOfType } from './markdown';

export interface CodeBlock {
	/** The page, as a path from the project root. */
	file: string;
	/** 1-based line of the opening fence in the file (front-matter included). */
	line: number;
	/** The language as written after the fence, lower-cased ("" when none). */
	lang: string;
	/** The rest of the info string (title="…", {1,3} and the like). */
	meta: string;
	/** The code, with the fence's own indentation removed. */
	code: string;
}

/** A problem a checker found, by line within the block or file (1-based). */
export interface Problem {
	line: number;
	column: number;
	message: string;
}

export interface LanguageCheck {
	/** The parser, as the report names it. */
	tool: string;
	check(block: CodeBlock): Promise<Problem[]> | Problem[];
}

/** Every fenced (or indented) code block of a page's whole source, front-matter included. */
export function codeBlocksOf(source: string, file: string): CodeBlock[] {
	return nodesOfType(mdxTree(source), 'code').map((node) => ({
		file,
		line: node.position?.start.line ?? 1,
		lang: (node.lang ?? '').toLowerCase(),
		meta: node.meta ?? '',
		code: node.value,
	}));
}

/** Other names for a language, as writers type them, to the name the parsers use. */
const aliases: Readonly<Record<string, string>> = {
	js: 'javascript',
	mjs: 'javascript',
	cjs: 'javascript',
	jsx: 'javascript',
	ts: 'typescript',
	mts: 'typescript',
	cts: 'typescript',
	py: 'python',
	rb: 'ruby',
	golang: 'go',
	sh: 'bash',
	shell: 'bash',
	zsh: 'bash',
	yml: 'yaml',
	docker: 'dockerfile',
	gql: 'graphql',
	postgres: 'sql',
	postgresql: 'sql',
	mysql: 'sql',
	txt: 'text',
	plaintext: 'text',
};

export function canonicalLanguage(lang: string): string {
	return aliases[lang] ?? lang;
}

/**
 * The file a sample says it is, from a comment on its first line or two:
 * "// server.mjs", "# orders/views.py", "// src/main.ts: POST /api/orders …" → the path.
 */
export function sampleFileName(code: string): string | undefined {
	for (const line of code.split('\n').slice(0, 2)) {
		const match = /^\s*(?:\/\/|#)\s*([\w./-]+\.[a-z]{1,5})(?=$|[\s:(])/.exec(line);
		if (match) return match[1];
	}
	return undefined;
}

export const lineColumnAt = (code: string, offset: number) => {
	const before = code.slice(0, Math.max(0, offset)).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};
