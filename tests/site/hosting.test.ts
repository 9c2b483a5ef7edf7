/**
 * Hosting anywhere: the build served by a plain static server (no rewrites), at the root and
 * under a sub-path. A crawl from the home page follows every internal link and asset and
 * checks every anchor; every page, the search files and the 404 page are served.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp-directives';
import { metaPolicy } from '../../src/lib/page-csp';
import { builtPages } from '../helpers/dist';

interface CrawlResult {
	pages: number;
	links: number;
	broken: string[];
}

/** Follows every same-origin link, stylesheet, script and image from the start page. */
async function crawl(start: string): Promise<CrawlResult> {
	const origin = new URL(start).origin;
	const queue = [start];
	const seen = new Set(queue);
	const html = new Map<string, string>();
	const anchors: Array<{ from: string; url: string; hash: string }> = [];
	const broken: string[] = [];
	let links = 0;
	while (queue.length) {
		const url = queue.shift()!;
		const response = await fetch(url);
		if (response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) {
			if (response.status !== 200) broken.push(`${url}: HTTP ${response.status}`);
			await response.arrayBuffer(); // read every body, so the connection can be reused
			continue;
		}
		const text = await response.text();
		html.set(url, text);
		const dom = parse(text);
		const targets = dom
			.querySelectorAll('a[href], link[href], script[src], img[src]')
			.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '');
		for (const target of targets) {
			const resolved = new URL(target, url);
			if (resolved.origin !== origin) continue;
			links += 1;
			const page = `${resolved.origin}${resolved.pathname}`;
			if (resolved.hash.length > 1) anchors.push({ from: url, url: page, hash: decodeURIComponent(resolved.hash.slice(1)) });
			if (!seen.has(page)) {
				seen.add(page);
				queue.push(page);
			}
		}
	}
	// The ids of each page, parsed once: thousands of links point into the same few pages.
	const idsOf = new Map<string, Set<string>>();
	const ids = (url: string, page: string) => {
		let found = idsOf.get(url);
		if (!found) {
			found = new Set(
				parse(page)
					.querySelectorAll('[id]')
					.map((element) => element.id),
			);
			idsOf.set(url, found);
		}
		return found;
	};
	for (const { from, url, hash } of anchors) {
		const target = html.get(url);
		if (target && !ids(url, target).has(hash)) broken.push(`${from} → ${url}#${hash}: no such anchor`);
	}
	return { pages: html.size, links, broken };
}

const servers = [
	['the root', () => inject('siteUrl'), '/'],
	['the sub-path /backend-atlas/', () => inject('subpathUrl'), '/backend-atlas/'],
] as const;

describe.each(servers)('a plain static host serving %s', (_name, siteUrl, base) => {
	it('serves every page, with no broken link or anchor', async () => {
		const result = await crawl(siteUrl());
		console.log(`crawl ${base}: ${result.pages} pages, ${result.links} links checked, ${result.broken.length} broken`);
		expect(result.broken, result.broken.join('\n')).toEqual([]);
		expect(result.pages).toBeGreaterThanOrEqual(builtPages().length - 2); // every page but 404 and the offline page is linked
	});

	it('serves the search files and answers a missing page with the 404 page', async () => {
		const site = siteUrl();
		for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'data/technologies.json']) {
			const response = await fetch(new URL(file, site));
			expect(response.status, file).toBe(200);
			expect((await response.arrayBuffer()).byteLength, file).toBeGreaterThan(100);
		}
		// The service worker must come as JavaScript, or the browser refuses to register it.
		const worker = await fetch(new URL('sw.js', site));
		expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
		expect(await worker.text()).toContain(`"base":"${base}"`);
		expect((await fetch(new URL('offline-pages.json', site))).status).toBe(200);
		const missing = await fetch(new URL('no-such-page/', site));
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('Page not found');
	});
});

describe('files for static hosts', () => {
	const dist = inject('distDir');

	it('include .nojekyll, so GitHub Pages serves _astro/', () => {
		expect(existsSync(join(dist, '.nojekyll'))).toBe(true);
		expect(existsSync(join(dist, '_astro'))).toBe(true);
	});

	it('include _headers with the CSP and the security headers', () => {
		const headers = readFileSync(join(dist, '_headers'), 'utf8');
		const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
		const directives = parsePolicy(csp);
		expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
		expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
		for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) {
			expect(headers).toContain(header);
		}
		// Every source of every page's policy, hashes included, is in the header policy too, so
		// the header never blocks what a page allows.
		for (const page of builtPages()) {
			for (const [name, sources] of parsePolicy(metaPolicy(page.html) ?? '')) {
				expect(directives.get(name), `${page.file}: ${name}`).toEqual(expect.arrayContaining(sources));
			}
		}
	});
});

describe('Content-Security-Policy on every page', () => {
	it.each(builtPages().map((page) => [page.file, page] as const))('%s forbids inline and eval scripts', (_file, page) => {
		const policy = metaPolicy(page.html);
		expect(policy).toBeDefined();
		const scriptSrc = parsePolicy(policy!).get('script-src') ?? [];
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(parsePolicy(policy!).get('default-src')).toEqual(["'self'"]);
	});
});
