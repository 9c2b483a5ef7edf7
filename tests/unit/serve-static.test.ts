/** The plain static server the tests and `npm start`-style checks use behaves like a static host. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolvePath, sendsGzip } from '../../scripts/serve-static';

const root = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'languages', 'rust'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'languages', 'rust', 'index.html'), 'rust');

describe('resolvePath', () => {
	it('serves a folder’s index.html at its address with the trailing slash', () => {
		expect(resolvePath(root, '/atlas/', '/atlas/languages/rust/')).toEqual({ file: join(root, 'languages', 'rust', 'index.html') });
		expect(resolvePath(root, '/', '/')).toEqual({ file: join(root, 'index.html') });
	});

	it('redirects an address without the trailing slash, keeping the query, as hosts do', () => {
		expect(resolvePath(root, '/atlas/', '/atlas/languages/rust')).toEqual({ redirect: '/atlas/languages/rust/' });
		expect(resolvePath(root, '/atlas/', '/atlas/languages/rust?x=1')).toEqual({ redirect: '/atlas/languages/rust/?x=1' });
		expect(resolvePath(root, '/atlas/', '/atlas')).toEqual({ redirect: '/atlas/' });
	});

	it('finds nothing for a missing page, a path outside the base, or a path that climbs out', () => {
		expect(resolvePath(root, '/atlas/', '/atlas/languages/cobol/')).toBeUndefined();
		expect(resolvePath(root, '/atlas/', '/languages/rust/')).toBeUndefined();
		expect(resolvePath(root, '/', '/../../etc/passwd')).toBeUndefined();
	});
});

describe('sendsGzip', () => {
	const accepts = { headers: { 'accept-encoding': 'gzip, deflate, br' } };
	it('compresses text for a client that accepts gzip, only when asked to', () => {
		expect(sendsGzip('/site/index.html', accepts, true)).toBe(true);
		expect(sendsGzip('/site/_astro/page.js', accepts, true)).toBe(true);
		expect(sendsGzip('/site/index.html', accepts, false)).toBe(false);
		expect(sendsGzip('/site/index.html', { headers: { 'accept-encoding': 'identity' } }, true)).toBe(false);
		expect(sendsGzip('/site/index.html', { headers: {} }, true)).toBe(false);
	});

	it('leaves images and Pagefind’s compressed index files as they are', () => {
		expect(sendsGzip('/site/og/index.png', accepts, true)).toBe(false);
		expect(sendsGzip('/site/pagefind/index/en_1.pf_index', accepts, true)).toBe(false);
	});
});
