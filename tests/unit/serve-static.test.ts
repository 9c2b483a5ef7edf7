/** The plain static server the tests and `npm start`-style checks use behaves like a static host. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolvePath } from '../../scripts/serve-static';

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
