/**
 * The page "One endpoint in eight stacks": the endpoint in synced tabs, one per stack, each
 * showing its sample's real files by import (every sample file is shown on a page, under its
 * own path), and each framework page linking to its tab.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { loadPages, projectRoot } from '../helpers/content-pages';
import { defaultImports, headingList, jsxElements, mdxTree, nodesOfType, textOf, type JsxElement } from '../helpers/markdown';
import { loadSamples, samplesRoot } from '../helpers/samples';

const pages = loadPages();
const pageFile = 'content/docs/start-here/order-endpoint.mdx';
const page = pages.find((candidate) => candidate.file === pageFile);
const source = page?.source ?? '';

/** The tab label, the sample's folder, the language of its code and the page that links to its tab. */
const stacks = [
	['Express', 'express', 'js', 'frameworks/express'],
	['NestJS', 'nestjs', 'ts', 'frameworks/nestjs'],
	['FastAPI', 'fastapi', 'python', 'frameworks/fastapi'],
	['Django', 'django', 'python', 'frameworks/django'],
	['Spring Boot', 'spring-boot', 'java', 'frameworks/spring-boot'],
	['Go', 'go', 'go', 'languages/go'],
	['Laravel', 'laravel', 'php', 'frameworks/laravel'],
	['Rails', 'rails', 'ruby', 'frameworks/rails'],
] as const;

/** The language each file extension is shown in. */
const langOf: Readonly<Record<string, string>> = {
	'.mjs': 'js',
	'.js': 'js',
	'.ts': 'ts',
	'.py': 'python',
	'.java': 'java',
	'.go': 'go',
	'.php': 'php',
	'.rb': 'ruby',
};

const all = (elements: readonly JsxElement[]): JsxElement[] => elements.flatMap((element) => [element, ...all(element.children)]);

/** Every <Code> on every page that shows a file of samples/, with the file's path from samples/. */
const shown = pages.flatMap((candidate) => {
	const imports = defaultImports(candidate.source);
	return all(jsxElements(candidate.source))
		.filter((element) => element.name === 'Code')
		.flatMap((element) => {
			const specifier = imports.get(element.attributes['code'] ?? '') ?? '';
			const file = resolve(projectRoot, dirname(candidate.file), specifier.replace(/\?raw$/, ''));
			return specifier.endsWith('?raw') && file.startsWith(samplesRoot)
				? [{ page: candidate.file, path: relative(samplesRoot, file).split('\\').join('/'), element }]
				: [];
		});
});

describe('the samples on the pages', () => {
	const files = loadSamples().flatMap((sample) => sample.sources.map((path) => `${sample.id}/${path}`));

	it('show every source file of samples/ exactly once', () => {
		expect(shown.map((entry) => entry.path).sort()).toEqual(files.sort());
	});

	it.each(shown.map((entry) => [entry.path, entry] as const))(
		'%s is titled with its path in its sample (or, where that is too long for a phone, its file name) and shown in its language',
		(path, entry) => {
			const [, , ...inSample] = path.split('/');
			const title = entry.element.attributes['title'] ?? '';
			expect([inSample.join('/'), inSample.at(-1)]).toContain(title);
			expect(title.length, 'a title this long is cut off on a 375-pixel phone').toBeLessThanOrEqual(40);
			expect(entry.element.attributes['lang']).toBe(langOf[extname(path)]);
		},
	);
});

describe('the endpoint page', () => {
	const tabs = all(jsxElements(source)).find((element) => element.name === 'Tabs');

	it('shows the endpoint in synced tabs, one per stack, in order', () => {
		expect(tabs?.attributes['syncKey']).toBe('stack');
		expect(tabs?.children.map((tab) => tab.attributes['label'])).toEqual(stacks.map(([label]) => label));
		expect(all(jsxElements(source)).map((element) => element.name)).toContain('StackTabAnchors');
	});

	it.each(stacks)('has the %s sample (samples/order-endpoint/%s, %s) under its own heading, 30 to 80 lines long', (label, folder, lang) => {
		const tab = tabs?.children.find((candidate) => candidate.attributes['label'] === label);
		expect(tab, `no tab "${label}"`).toBeDefined();
		const headings = nodesOfType(tab?.node ?? mdxTree(''), 'heading').map((heading) => textOf(heading).trim());
		expect(headings).toEqual([`Create an order in ${label}`]);
		const inTab = shown.filter((entry) => entry.page === pageFile && tab?.children.some((child) => child.node === entry.element.node));
		expect(inTab.map((entry) => entry.path.split('/')[1])).toEqual(inTab.map(() => folder));
		expect(inTab.map((entry) => entry.element.attributes['lang'])).toContain(lang);
		const lines = inTab.reduce((sum, entry) => sum + readFileSync(join(samplesRoot, entry.path), 'utf8').trimEnd().split('\n').length, 0);
		expect(lines).toBeGreaterThanOrEqual(30);
		expect(lines).toBeLessThanOrEqual(80);
	});

	it.each(stacks)('is linked from the %s page, to its tab', (label, _folder, _lang, id) => {
		const linking = pages.find((candidate) => candidate.id === id);
		const anchor = new GithubSlugger().slug(`Create an order in ${label}`);
		expect(nodesOfType(mdxTree(linking?.body ?? ''), 'link').map((link) => link.url)).toContain(`/start-here/order-endpoint/#${anchor}`);
		expect(headingList(source).map((heading) => heading.slug)).toContain(anchor);
	});
});
