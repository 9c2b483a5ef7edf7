/**
 * nginx configuration, checked without nginx installed: split into tokens by nginx's own reading
 * rules, then every directive checked against NGINX's directive reference (@nginx/reference-lib):
 * its name, the context it may appear in, and whether it takes a block.
 */
import { getDirectives as getNginxDirectives } from '@nginx/reference-lib';
import type { LanguageCheck, Problem } from './code-blocks';

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

export const nginxCheck: LanguageCheck = {
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
