/**
 * The page "One endpoint in eight stacks": the endpoint in synced tabs, one per stack, each
 * showing its sample's real files by import, and each framework page linking to its tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../helpers/content-pages';
import { allJsxElements, headingList, mdxTree, nodesOfType, textOf } from '../helpers/markdown';
import { samplesRoot, samplesShown } from '../helpers/samples';

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

const shown = samplesShown(pages);

describe('the endpoint page', () => {
	const tabs = allJsxElements(source).find((element) => element.name === 'Tabs');

	it('shows the endpoint in synced tabs, one per stack, in order', () => {
		expect(tabs?.attributes['syncKey']).toBe('stack');
		expect(tabs?.children.map((tab) => tab.attributes['label'])).toEqual(stacks.map(([label]) => label));
		expect(allJsxElements(source).map((element) => element.name)).toContain('StackTabAnchors');
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
