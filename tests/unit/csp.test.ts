import { describe, expect, it } from 'vitest';
import { inlineScripts, metaPolicy, parsePolicy, sha256, withInlineScriptHashes } from '../../src/lib/csp';

const page = (head: string, body = '') =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;">${head}</head><body>${body}</body></html>`;

describe('CSP helpers', () => {
	it('find inline scripts, not external ones or JSON data', () => {
		const html =
			'<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script><script type="module">b()</script>';
		expect(inlineScripts(html)).toEqual(['a()', 'b()']);
	});

	it('add the hash of every inline script to the page’s script-src, once', () => {
		const html = page('<script>theme()</script>', '<script>theme()</script><script>menu()</script>');
		const scriptSrc = parsePolicy(metaPolicy(withInlineScriptHashes(html, 'x.html'))!).get('script-src');
		expect(scriptSrc).toEqual(["'self'", sha256('theme()'), sha256('menu()')]);
		expect(sha256('theme()')).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
	});

	it('refuse a page without a CSP meta tag', () => {
		expect(() => withInlineScriptHashes('<html><head></head></html>', 'bare.html')).toThrow(
			'bare.html: no Content-Security-Policy <meta> tag',
		);
	});
});
