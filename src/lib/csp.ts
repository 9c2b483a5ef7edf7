import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy helpers for the built pages. Astro's `security.csp` writes a CSP
 * <meta> tag with hashes for the scripts Astro itself renders; Starlight's own inline scripts
 * are not among them, so after the build every inline script is hashed and added.
 */

/** The contents of every inline (no src) <script> in a page. JSON data blocks are not scripts. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)].flatMap(([, attributes = '', body = '']) => {
		if (/\ssrc\s*=/.test(attributes)) return [];
		if (/\stype\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i.test(attributes)) return [];
		return [body];
	});
}

export function sha256(source: string): string {
	return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const metaPattern = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

/** The CSP a page declares in its <meta> tag, or undefined. */
export function metaPolicy(html: string): string | undefined {
	return metaPattern
		.exec(html)?.[1]
		?.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');
}

/** Splits a policy into its directives: "script-src" → ["'self'", …]. */
export function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name = '', ...values]) => [name.toLowerCase(), values]),
	);
}

function formatPolicy(directives: Map<string, string[]>): string {
	return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * The page with every inline script's hash in the script-src of its CSP meta tag, and the
 * `added` directives. Throws when the page has no CSP meta tag, so a page can never ship without one.
 */
export function withInlineScriptHashes(html: string, file: string, added: ReadonlyMap<string, readonly string[]> = new Map()): string {
	const policy = metaPolicy(html);
	if (policy === undefined) throw new Error(`${file}: no Content-Security-Policy <meta> tag`);
	const directives = parsePolicy(policy);
	for (const [name, values] of added) directives.set(name, [...new Set([...(directives.get(name) ?? []), ...values])]);
	const scriptSrc = directives.get('script-src') ?? ["'self'"];
	for (const hash of inlineScripts(html).map(sha256)) if (!scriptSrc.includes(hash)) scriptSrc.push(hash);
	directives.set('script-src', scriptSrc);
	const content = formatPolicy(directives).replace(/'/g, '&#39;');
	return html.replace(metaPattern, `<meta http-equiv="content-security-policy" content="${content}">`);
}
