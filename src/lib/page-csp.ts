import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';
import { formatPolicy, parsePolicy, withSources, type Directives } from './csp-directives';

/**
 * A built page's Content-Security-Policy <meta> tag. Astro's `security.csp` writes it with the
 * hashes of the scripts Astro renders; Starlight's own inline scripts are not among them, so
 * after the build every inline script of the page is hashed and added. Pages are read with an
 * HTML parser, as a browser reads them: any attribute order or quoting, entities decoded.
 */

/** Parsed as a browser parses them: these elements hold text, not markup (pre holds markup). */
const textElements = { script: true, style: true, noscript: true, textarea: true, title: true };

function parsePage(html: string): HTMLElement {
	return parse(html, { blockTextElements: textElements });
}

/** The hash source a policy needs to allow an inline script: "'sha256-…'". */
export function sha256(script: string): string {
	// Browsers hash the text after turning CR LF and lone CR into LF, as they do for the whole page.
	const text = script.replace(/\r\n?/g, '\n');
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Types whose scripts are data a page reads (JSON, templates), not code the browser runs. */
const dataBlockType = /(^|[/+])json$|template$/;

function scriptsToHash(page: HTMLElement): string[] {
	return page.querySelectorAll('script').flatMap((script) => {
		if (script.hasAttribute('src')) return [];
		const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
		return dataBlockType.test(type) ? [] : [script.rawText];
	});
}

/** The text of every inline (no src) script of a page that the browser runs; data blocks are left out. */
export function inlineScripts(html: string): string[] {
	return scriptsToHash(parsePage(html));
}

/** The page's CSP <meta> tags in <head> (browsers ignore one anywhere else). */
function policyMetas(page: HTMLElement): HTMLElement[] {
	return page
		.querySelectorAll('head meta')
		.filter((meta) => meta.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy');
}

/** The CSP a page declares in its <meta> tag, entities decoded, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
	return policyMetas(parsePage(html))[0]?.getAttribute('content');
}

/** `text` as an attribute value: node-html-parser's setAttribute writes the value as given. */
function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface CompletedPage {
	/** The page with its completed CSP <meta> tag; every other byte as it was. */
	html: string;
	/** The completed policy. */
	directives: Directives;
}

/**
 * Completes the page's CSP <meta> tag: the `added` directives, the hash of every inline script
 * in its script-src and of every inline style element in its style-src, so none of the page's
 * own scripts or styles is blocked. Throws, naming
 * `file`, unless the page has exactly one such tag with a policy: a page never ships without one.
 */
export function completePageCsp(html: string, file: string, added: ReadonlyMap<string, readonly string[]> = new Map()): CompletedPage {
	const page = parsePage(html);
	const metas = policyMetas(page);
	const expected = 'expected one <meta http-equiv="content-security-policy" content="…"> in <head> (Astro\'s security.csp writes it)';
	if (metas.length !== 1)
		throw new Error(`${file}: ${metas.length ? metas.length : 'no'} Content-Security-Policy <meta> tags; ${expected}`);
	const meta = metas[0]!;
	const policy = meta.getAttribute('content')?.trim();
	if (!policy) throw new Error(`${file}: the Content-Security-Policy <meta> tag has no policy; ${expected}`);
	const directives = withSources(parsePolicy(policy), added);
	// Without a script-src, scripts fall under default-src: the hashes go into a script-src copied from it.
	const scriptSrc = directives.get('script-src') ?? directives.get('default-src')?.filter((source) => source !== "'none'");
	if (scriptSrc) directives.set('script-src', [...new Set([...scriptSrc, ...scriptsToHash(page).map(sha256)])]);
	// Astro hashes the <style> elements it renders itself, but not those of components used inside
	// a page's MDX (the stack tabs' styles): every inline style element is hashed here too.
	const styleSrc = directives.get('style-src') ?? directives.get('default-src')?.filter((source) => source !== "'none'");
	const styles = page.querySelectorAll('style').map((style) => sha256(style.rawText));
	if (styleSrc && styles.length) directives.set('style-src', [...new Set([...styleSrc, ...styles])]);
	meta.setAttribute('content', escapeAttribute(formatPolicy(directives)));
	const [start, end] = meta.range;
	return { html: html.slice(0, start) + meta.toString() + html.slice(end), directives };
}
