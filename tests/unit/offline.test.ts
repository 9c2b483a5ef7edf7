/** The service worker's decisions and what the build tells it (src/offline/policy.ts, src/lib/offline-plan.ts). */
import { describe, expect, it } from 'vitest';
import { cacheNames, isSaveable, isStale, overflow, cacheKey, strategyFor } from '../../src/offline/policy';
import { buildVersion, isSearchFile, loadedFiles, offlineList, pageCap, pagePath, pageTitle } from '../../src/lib/offline-plan';

const site = 'https://atlas.example';
const get = (path: string, mode = 'cors') => ({ url: site + path, method: 'GET', mode });

describe('how the worker answers a request', () => {
	it('fetches pages from the network first, the way a reader navigates or "Save the whole guide" fetches them', () => {
		expect(strategyFor(get('/languages/python/', 'navigate'), site, '/')).toBe('page');
		expect(strategyFor(get('/languages/python/'), site, '/')).toBe('page');
		expect(strategyFor(get('/'), site, '/')).toBe('page');
	});

	it('answers hashed files from the saved copy, and files whose name never changes from the network first', () => {
		expect(strategyFor(get('/_astro/page.cNngjUgL.js'), site, '/')).toBe('immutable');
		expect(strategyFor(get('/pagefind/fragment/en_3a1b2c.pf_fragment'), site, '/')).toBe('immutable');
		expect(strategyFor(get('/pagefind/pagefind.en_ed18af9b4c.pf_meta'), site, '/')).toBe('immutable');
		expect(strategyFor(get('/pagefind/pagefind.js'), site, '/')).toBe('fresh');
		expect(strategyFor(get('/pagefind/pagefind-entry.json'), site, '/')).toBe('fresh');
		expect(strategyFor(get('/offline-pages.json'), site, '/')).toBe('fresh');
	});

	it('leaves alone other origins, other methods, paths outside the site and the worker itself', () => {
		expect(strategyFor({ url: 'https://other.example/x/', method: 'GET', mode: 'navigate' }, site, '/')).toBe('pass');
		expect(strategyFor({ ...get('/api/'), method: 'POST' }, site, '/')).toBe('pass');
		expect(strategyFor(get('/other-site/page/', 'navigate'), site, '/backend-atlas/')).toBe('pass');
		expect(strategyFor(get('/backend-atlas/sw.js'), site, '/backend-atlas/')).toBe('pass');
		expect(strategyFor(get('/backend-atlas/apis/', 'navigate'), site, '/backend-atlas/')).toBe('page');
	});

	it('saves one copy per address, whatever query it carries (Pagefind asks for its entry file with the time)', () => {
		expect(cacheKey(`${site}/apis/rest/?ref=mail#verbs`)).toBe(`${site}/apis/rest/`);
		expect(cacheKey(`${site}/pagefind/pagefind-entry.json?ts=1796229654698`)).toBe(`${site}/pagefind/pagefind-entry.json`);
	});
});

describe('what the worker saves', () => {
	const answer = { ok: true, type: 'basic', redirected: false, url: `${site}/apis/` };
	it('saves a complete answer from the site', () => expect(isSaveable(answer, site)).toBe(true));
	it('never saves an error, a redirect, an opaque answer or another origin’s answer', () => {
		expect(isSaveable({ ...answer, ok: false }, site)).toBe(false);
		expect(isSaveable({ ...answer, redirected: true }, site)).toBe(false);
		expect(isSaveable({ ...answer, type: 'opaque' }, site)).toBe(false);
		expect(isSaveable({ ...answer, type: 'opaqueredirect' }, site)).toBe(false);
		expect(isSaveable({ ...answer, url: 'https://other.example/apis/' }, site)).toBe(false);
	});

	it('drops the pages saved longest ago once there are more than the cap', () => {
		expect(overflow(['a', 'b', 'c', 'd'], 3)).toEqual(['a']);
		expect(overflow(['a', 'b'], 3)).toEqual([]);
	});

	it('keeps room for the whole guide twice over, and never fewer than 500 pages', () => {
		expect(pageCap(168)).toBe(500);
		expect(pageCap(400)).toBe(800);
	});

	it('deletes the caches of other versions of this site only', () => {
		const current = cacheNames('/backend-atlas/', 'v2');
		expect(Object.values(current).some((name) => isStale(name, '/backend-atlas/', 'v2'))).toBe(false);
		expect(isStale(cacheNames('/backend-atlas/', 'v1').pages, '/backend-atlas/', 'v2')).toBe(true);
		expect(isStale(cacheNames('/other/', 'v1').pages, '/backend-atlas/', 'v2')).toBe(false);
		expect(isStale('someone-elses-cache', '/backend-atlas/', 'v2')).toBe(false);
	});
});

describe('the list of pages and files', () => {
	const files = [
		'404.html',
		'_astro/page.abc.js',
		'_headers',
		'apis/index.html',
		'data/technologies.json',
		'favicon.svg',
		'index.html',
		'offline/index.html',
		'pagefind/fragment/en_1.pf_fragment',
		'pagefind/index/en_2.pf_index',
		'pagefind/pagefind-entry.json',
		'pagefind/pagefind-ui.js',
		'pagefind/pagefind.js',
		'pagefind/wasm.en.pagefind',
	];
	const titles = new Map([
		['index.html', 'Backend Atlas'],
		['apis/index.html', 'APIs'],
	]);

	it('lists every page under the base but the 404 and offline pages, with its title', () => {
		expect(pagePath('languages/python/index.html', '/backend-atlas/')).toBe('/backend-atlas/languages/python/');
		const list = offlineList(files, titles, '/backend-atlas/', '/backend-atlas/offline/');
		expect(list.pages).toEqual([
			{ path: '/backend-atlas/apis/', title: 'APIs' },
			{ path: '/backend-atlas/', title: 'Backend Atlas' },
		]);
	});

	it('lists the built scripts and styles and the search files a search loads, not Pagefind’s unused interfaces', () => {
		const list = offlineList(files, titles, '/', '/offline/');
		expect(list.files).toEqual([
			'/_astro/page.abc.js',
			'/pagefind/fragment/en_1.pf_fragment',
			'/pagefind/index/en_2.pf_index',
			'/pagefind/pagefind-entry.json',
			'/pagefind/pagefind.js',
			'/pagefind/wasm.en.pagefind',
		]);
		expect(isSearchFile('pagefind/pagefind-ui.js')).toBe(false);
		expect(isSearchFile('pagefind/pagefind-worker.js')).toBe(true);
	});

	it('shows titles without the guide’s name', () => {
		expect(pageTitle('Python | Backend Atlas', 'Backend Atlas')).toBe('Python');
		expect(pageTitle('Backend Atlas', 'Backend Atlas')).toBe('Backend Atlas');
	});

	it('finds what the offline page loads, following the imports between scripts', () => {
		const built = new Map<string, string | undefined>([
			['footer.1.js', 'import("./reader-controls.2.js")'],
			['reader-controls.2.js', 'import{a}from"./shared.3.js";'],
			['shared.3.js', 'export const a=1'],
			['unused.4.js', 'import("./shared.3.js")'],
			['style.5.css', undefined],
		]);
		const html =
			'<link rel="stylesheet" href="/backend-atlas/_astro/style.5.css"><script type="module" src="/backend-atlas/_astro/footer.1.js"></script>';
		expect(loadedFiles(html, built, '/backend-atlas/')).toEqual([
			'/backend-atlas/_astro/footer.1.js',
			'/backend-atlas/_astro/reader-controls.2.js',
			'/backend-atlas/_astro/shared.3.js',
			'/backend-atlas/_astro/style.5.css',
		]);
	});
});

describe('the version', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);
	const build = [
		{ path: 'index.html', content: bytes('<h1>Home</h1>') },
		{ path: '_astro/a.js', content: bytes('1') },
	];
	it('is the same for the same files, in any order', () => {
		expect(buildVersion(build)).toBe(buildVersion([...build].reverse()));
	});
	it('changes when a file changes, moves or is added', () => {
		const version = buildVersion(build);
		expect(buildVersion([build[0]!, { path: '_astro/a.js', content: bytes('2') }])).not.toBe(version);
		expect(buildVersion([build[0]!, { path: '_astro/b.js', content: bytes('1') }])).not.toBe(version);
		expect(buildVersion([...build, { path: 'new/index.html', content: bytes('') }])).not.toBe(version);
	});
});
