/**
 * tree-sitter, for languages this machine has no compiler for: the grammars VS Code ships as
 * WebAssembly (@vscode/tree-sitter-wasm), so nothing is compiled or downloaded on install.
 * A check returns the places where the code does not fit the grammar (ERROR and MISSING nodes).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Language, Node, Parser } from '@vscode/tree-sitter-wasm';
import type { LanguageCheck, Problem } from './code-blocks';

const require = createRequire(import.meta.url);
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
export type Grammar = keyof typeof grammars;
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

/** The tool's name in reports. */
export const treeSitterTool = (grammar: Grammar) => `tree-sitter (@vscode/tree-sitter-wasm, ${grammars[grammar]})`;

/**
 * Parses `code` with a grammar. `prefix` is source put before the code to make it a whole file
 * (PHP's grammar wants `<?php`); problems are reported at the code's own line numbers.
 */
export async function treeSitterProblems(grammar: Grammar, code: string, prefix = ''): Promise<Problem[]> {
	const parser = await treeSitter(grammar);
	const tree = parser.parse(prefix + code);
	if (!tree) return [{ line: 1, column: 1, message: 'tree-sitter returned no tree' }];
	const shift = prefix.split('\n').length - 1;
	const problems = treeErrors(tree.rootNode, prefix + code).map((problem) => ({ ...problem, line: problem.line - shift }));
	tree.delete();
	parser.delete();
	return problems;
}

/** A tree-sitter check of a page's code block; `prefix` as for treeSitterProblems. */
export function treeSitterCheck(grammar: Grammar, prefix: (code: string) => string = () => ''): LanguageCheck {
	return {
		tool: treeSitterTool(grammar),
		check: ({ code }) => treeSitterProblems(grammar, code, prefix(code)),
	};
}
