import { describe, expect, it } from 'vitest';
import { headerOnlyDirectives } from '../../src/config/csp-policy';
import { headerPolicy, parsePolicy, type Directives } from '../../src/lib/csp-directives';
import { completePageCsp, inlineScripts, metaPolicy, sha256 } from '../../src/lib/page-csp';

const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** The CSP meta tag as Astro writes it. */
const astroMeta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}">`;
const page = (body: string, meta = astroMeta) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${meta}<title>T</title></head><body>${body}</body></html>`;

/** The script-src of the page's completed policy: what the browser will let the page run. */
const scriptSrc = (html: string) => completePageCsp(html, 'page.html').directives.get('script-src') ?? [];

describe('a page’s CSP meta tag', () => {
	const encoded = policy.replaceAll("'", '&#39;');
	it.each([
		['as Astro writes it', astroMeta],
		['content first, single quotes', `<meta content='${encoded}' http-equiv='Content-Security-Policy'>`],
		['upper case, unquoted, self-closing', `<META CONTENT="${encoded}" HTTP-EQUIV=Content-Security-Policy />`],
		['among other attributes', `<meta id=csp http-equiv="content-security-policy" data-note="x" content="${encoded}">`],
	])('is found %s, so the page’s inline script is allowed', (_form, meta) => {
		const html = page('<script>menu()</script>', meta);
		expect(metaPolicy(html)).toBe(policy);
		const completed = completePageCsp(html, 'page.html');
		expect(parsePolicy(metaPolicy(completed.html)!).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256('menu()')]);
	});

	it('allows the page’s inline style elements by their hashes (styles of components used inside MDX)', () => {
		const completed = completePageCsp(page('<style>.tabs{gap:1rem}</style><p>x</p>'), 'page.html');
		expect(completed.directives.get('style-src')).toEqual(["'self'", sha256('.tabs{gap:1rem}')]);
		expect(completePageCsp(page('<p>no style</p>'), 'page.html').directives.get('style-src')).toEqual(["'self'"]);
	});

	it('is read with its entities decoded, so the site’s own files stay allowed', () => {
		const meta = `<meta http-equiv="content-security-policy" content="script-src &apos;self&#x27; &#39;wasm-unsafe-eval&#39;; report-uri /report?a=1&amp;b=2">`;
		expect(parsePolicy(metaPolicy(page('', meta))!).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		// Written back escaped: read again, the completed tag says exactly the completed policy.
		const completed = completePageCsp(page('<script>go()</script>', meta), 'page.html');
		expect(parsePolicy(metaPolicy(completed.html)!)).toEqual(completed.directives);
		expect(completed.directives.get('report-uri')).toEqual(['/report?a=1&b=2']);
	});

	it('is the only part of the page that changes: every other byte stays as built', () => {
		const before =
			'<!DOCTYPE html>\r\n<HTML><head><meta charset=utf-8><!-- <meta http-equiv="content-security-policy" content="x"> -->\r\n';
		const after =
			"<link rel='stylesheet' href=/a.css ><script type=module>import('/m.js')</script></head>\r\n<body><pre><code>&lt;meta&gt; &amp; <b>x</b></code></pre>" +
			'<p title="&quot;q&quot;">é&nbsp;—</p><script>\r\nwindow.x = "</div>";\r\n</script></body></HTML>\r\n';
		const meta = `<meta content='${policy.replaceAll("'", '&#39;')}' http-equiv=Content-Security-Policy />`;
		const completed = completePageCsp(before + meta + after, 'page.html').html;
		expect(completed.startsWith(before)).toBe(true);
		expect(completed.endsWith(after)).toBe(true);
		const newMeta = completed.slice(before.length, completed.length - after.length);
		expect(newMeta).toMatch(/^<meta content="[^"]*" http-equiv="Content-Security-Policy">$/);
		expect(parsePolicy(metaPolicy(completed)!).get('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			sha256("import('/m.js')"),
			sha256('\nwindow.x = "</div>";\n'),
		]);
		// Astro's own form stays Astro's form, quotes written as it writes them.
		const completedPolicy = policy.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${sha256('go()')}`);
		expect(completePageCsp(page('<script>go()</script>'), 'page.html').html).toBe(
			page('<script>go()</script>', `<meta http-equiv="content-security-policy" content="${completedPolicy.replaceAll("'", '&#39;')}">`),
		);
	});

	it('is required: a page without one stops the build, naming the page and what was expected', () => {
		const expected = /expected one <meta http-equiv="content-security-policy" content="…"> in <head>/;
		for (const html of [page('', ''), page(astroMeta, ''), page('', astroMeta + astroMeta)]) {
			expect(() => completePageCsp(html, 'guides/bare/index.html')).toThrow(expected);
		}
		expect(() => completePageCsp(page('', ''), 'guides/bare/index.html')).toThrow(
			/^guides\/bare\/index\.html: no Content-Security-Policy <meta> tags; /,
		);
		const empty = '<meta http-equiv="content-security-policy" content=" ">';
		expect(() => completePageCsp(page('', empty), 'guides/empty/index.html')).toThrow(/^guides\/empty\/index\.html: .* has no policy/);
	});
});

describe('inline scripts', () => {
	it('are hashed when the browser runs them (classic or module), not when they are data, external or commented out', () => {
		const body =
			'<script>theme()</script><script type="module">search()</script><script src="/x.js"></script>' +
			'<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>' +
			'<script type="text/template"><b></b></script><!-- <script>old()</script> --><pre><script>sample()</script></pre>';
		expect(inlineScripts(page(body))).toEqual(['theme()', 'search()', 'sample()']);
		const allowed = scriptSrc(page(body));
		expect(allowed).toEqual(["'self'", "'wasm-unsafe-eval'", sha256('theme()'), sha256('search()'), sha256('sample()')]);
		expect(allowed).not.toContain(sha256('{"a":1}'));
	});

	it('are hashed once each, as the browser hashes them (line endings as LF)', () => {
		expect(scriptSrc(page('<script>menu()</script><script>menu()</script>'))).toEqual(["'self'", "'wasm-unsafe-eval'", sha256('menu()')]);
		expect(sha256('a()\r\nb()\rc()')).toBe(sha256('a()\nb()\nc()'));
		// The hash of "alert(1)" as browsers compute it (and report it in their console).
		expect(sha256('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('fall under default-src when a policy has no script-src, so their hashes are added to a copy of it', () => {
		const meta = `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`;
		expect(scriptSrc(page('<script>go()</script>', meta))).toEqual(["'self'", sha256('go()')]);
	});

	it('come with the directives the build adds to every page', () => {
		const completed = completePageCsp(page(''), 'page.html', new Map([['style-src-attr', ["'unsafe-inline'"]]]));
		expect(completed.directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(metaPolicy(completed.html)).toContain("style-src-attr 'unsafe-inline'");
	});
});

describe('the policy in _headers', () => {
	const home = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-Y'; img-src 'self'");
	const guide = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-X'; img-src 'self' data:");
	const sources = (header: string) => parsePolicy(header);
	/** The sources of `page` that `header` would block. */
	const blocked = (page: Directives, header: string) =>
		[...page].flatMap(([name, values]) =>
			values.filter((value) => !sources(header).get(name)?.includes(value)).map((value) => `${name} ${value}`),
		);

	it('allows everything each page allows (every directive, every hash), so the header blocks no page', () => {
		const header = headerPolicy([home, guide], headerOnlyDirectives);
		expect(blocked(home, header)).toEqual([]);
		expect(blocked(guide, header)).toEqual([]);
		expect(sources(header).get('style-src')).toEqual(["'self'", "'sha256-X'", "'sha256-Y'"]);
		expect(sources(header).get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
		expect(sources(header).get('img-src')).toEqual(["'self'", 'data:']);
	});

	it('forbids framing, which a meta tag cannot', () => {
		expect(sources(headerPolicy([home], headerOnlyDirectives)).get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('is the same text whatever order the pages are read in', () => {
		const header = headerPolicy([home, guide], headerOnlyDirectives);
		expect(headerPolicy([guide, home], headerOnlyDirectives)).toBe(header);
		expect(header).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-X' 'sha256-Y'; img-src 'self' data:; frame-ancestors 'none'",
		);
	});

	it("drops a page’s 'none' when another page allows a source, since browsers ignore 'none' beside one", () => {
		const noObjects = parsePolicy("object-src 'none'");
		expect(sources(headerPolicy([noObjects, parsePolicy("object-src 'self'")], new Map())).get('object-src')).toEqual(["'self'"]);
		expect(sources(headerPolicy([noObjects, noObjects], new Map())).get('object-src')).toEqual(["'none'"]);
	});

	it("refuses to merge 'unsafe-inline' with hashes, which would switch it off for the pages that need it", () => {
		const inline = parsePolicy("style-src 'self' 'unsafe-inline'");
		expect(() => headerPolicy([inline, home], new Map())).toThrow(/style-src: some pages allow 'unsafe-inline' and others list hashes/);
	});
});
