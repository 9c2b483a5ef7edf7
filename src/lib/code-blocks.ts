/**
 * Finds the fenced code blocks of a Markdown or MDX page, with the line each starts on,
 * so the tests can parse every sample on the site with a real parser for its language.
 * Follows CommonMark's fence rules: ``` or ~~~, three or more; the closing fence uses the
 * same character, at least as many, and nothing else on its line.
 */

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

export function extractCodeBlocks(source: string, file: string): CodeBlock[] {
	const lines = source.split(/\r?\n/);
	const blocks: CodeBlock[] = [];
	let start = 0;
	// Front-matter is YAML, not Markdown: skip it.
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
		if (end > 0) start = end + 1;
	}
	let open: { fence: string; indent: number; line: number; info: string; body: string[] } | undefined;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (open) {
			const close = /^(\s*)(`{3,}|~{3,})\s*$/.exec(line);
			if (close && close[2]?.[0] === open.fence[0] && (close[2]?.length ?? 0) >= open.fence.length) {
				const [lang = '', ...meta] = open.info.split(/\s+/);
				blocks.push({ file, line: open.line, lang: lang.toLowerCase(), meta: meta.join(' '), code: open.body.join('\n') });
				open = undefined;
			} else {
				open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
			}
			continue;
		}
		const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
		// A backtick fence's info string may not contain backticks (that is inline code).
		if (fence && !(fence[2]?.startsWith('`') && fence[3]?.includes('`'))) {
			open = { fence: fence[2] ?? '```', indent: fence[1]?.length ?? 0, line: index + 1, info: fence[3]?.trim() ?? '', body: [] };
		}
	}
	if (open) {
		const [lang = ''] = open.info.split(/\s+/);
		blocks.push({ file, line: open.line, lang: lang.toLowerCase(), meta: '', code: open.body.join('\n') });
	}
	return blocks;
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
