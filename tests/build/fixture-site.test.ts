/**
 * Real builds of the small fixture site: a new technology page shows up in the generated
 * tables, pairs and export with no other change, and a bad page stops the build with one
 * clear message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureSite } from '../helpers/fixture-build';
import { projectRoot } from '../helpers/content-pages';

const ferrum = readFileSync(join(projectRoot, 'tests', 'fixtures', 'site', 'languages', 'ferrum.mdx'), 'utf8');
/** Its self-check questions: every language page needs a file of them beside it. */
const ferrumChecks = readFileSync(join(projectRoot, 'tests', 'fixtures', 'site', 'languages', 'ferrum.checks.yaml'), 'utf8');
/** A second language page, as a writer would add one. */
const cuprum = ferrum
	.replace('title: Ferrum', 'title: Cuprum')
	.replace('aliases: [fe]', 'aliases: [cu]')
	.replace('typing: { value: static', 'typing: { value: dynamic');

describe('adding a technology page', () => {
	it('adds it to its group table, makes its pair page and exports it', async () => {
		const build = await buildFixtureSite({ 'languages/cuprum.mdx': cuprum, 'languages/cuprum.checks.yaml': ferrumChecks });
		expect(build.ok, build.output).toBe(true);
		const table = readFileSync(join(build.dist, 'compare', 'languages', 'index.html'), 'utf8');
		expect(table).toContain('>Cuprum</a>');
		expect(table).toContain('>Ferrum</a>');
		expect(existsSync(join(build.dist, 'compare', 'cuprum-vs-ferrum', 'index.html'))).toBe(true);
		expect(existsSync(join(build.dist, 'compare', 'ferrum-vs-cuprum', 'index.html'))).toBe(false);
		const page = readFileSync(join(build.dist, 'languages', 'cuprum', 'index.html'), 'utf8');
		expect(page).toContain('/compare/cuprum-vs-ferrum/');
		const exported = JSON.parse(readFileSync(join(build.dist, 'data', 'technologies.json'), 'utf8'));
		expect(exported.technologies.map((technology: { id: string }) => technology.id)).toContain('languages/cuprum');
		// What's new lists it by its own days; with no SITE_URL the build writes no feed.
		const news = readFileSync(join(build.dist, 'whats-new', 'index.html'), 'utf8');
		expect(news).toContain('>Cuprum</a>');
		expect(existsSync(join(build.dist, 'whats-new', 'rss.xml'))).toBe(false);
	});
});

describe('several bad pages', () => {
	const named = (title: string, alias: string) =>
		cuprum.replace('title: Cuprum', `title: ${title}`).replace('aliases: [cu]', `aliases: [${alias}]`);
	it('are all reported in one build, each with its file, field, value and what was expected', async () => {
		const build = await buildFixtureSite({
			'languages/ferrum.md': ferrum.replace('title: Ferrum', 'title: Ferrum (copy)'), // two files for one page
			'frameworks/stray.mdx': named('Stray', 'stray'), // a language page in the frameworks folder
			'languages/dated.mdx': named('Dated', 'dated')
				.replace("checked: '2026-11-21'", "checked: '2099-01-01'")
				.replace('url: https://example.org/ferrum/spec/', 'url: http://example.org/ferrum/spec/'),
			'languages/copy.mdx': named('Anvil', 'copy'), // the title of frameworks/anvil
			'languages/other.mdx': named('Other', 'fe'), // the alias of languages/ferrum
			'languages/broken.mdx': named('Broken', 'broken').replace(
				"latestVersion: { value: '1.2.3', source: spec }",
				'latestVersion: { value: 1.2 }',
			),
			'languages/lost.mdx': named('Lost', 'lost').replace('related: [frameworks/anvil]', 'related: [frameworks/hammer]'),
			'languages/early.mdx': named('Early', 'early').replace("reviewed: '2026-12-02'", "reviewed: '2026-11-20'"),
		});
		expect(build.ok).toBe(false);
		const output = build.output;
		expect(output).toMatch(
			/languages\/ferrum\.mdx?: 1 front-matter problem\s+- \(file\): expected one file per page, but .*languages\/ferrum\.mdx? is the same page/,
		);
		expect(output).toContain('kind: a language page belongs in languages/, got one in frameworks/');
		expect(output).toMatch(/languages\/dated\.mdx: 2 front-matter problems/);
		expect(output).toContain('sources.spec.checked: expected the day the source was seen, which cannot be after today');
		expect(output).toContain(
			'sources.spec.url: expected the full https:// address of the source page, got "http://example.org/ferrum/spec/"',
		);
		expect(output).toMatch(
			/languages\/copy\.mdx: 1 front-matter problem\s+- title: expected a title no other page has, got "Anvil" \(also the title of .*frameworks\/anvil\.mdx\)/,
		);
		expect(output).toMatch(/frameworks\/anvil\.mdx: 1 front-matter problem\s+- title: expected a title no other page has, got "Anvil"/);
		expect(output).toMatch(
			/languages\/other\.mdx: 1 front-matter problem\s+- aliases\.0: expected a name no other page uses, got "fe" \(also the alias of .*languages\/ferrum\.mdx?\)/,
		);
		expect(output).toMatch(/languages\/broken\.mdx: 2 front-matter problems/);
		expect(output).toContain("facts.latestVersion.value: expected a short text, got the number 1.2: put the value in quotes ('1.2')");
		expect(output).toContain('facts.latestVersion.source: expected the key of one of this page’s `sources`');
		expect(output).toMatch(
			/languages\/lost\.mdx: 1 front-matter problem\s+- related\.0: expected the id of an existing page, got "frameworks\/hammer"/,
		);
		expect(output).toMatch(
			/languages\/early\.mdx: 1 front-matter problem\s+- reviewed: expected a day on or after added \('2026-11-21'\): a page is reviewed after it is published, got '2026-11-20'/,
		);
		expect(output).toMatch(/10 pages have problems to fix/);
	});

	it('invalid YAML names the file, not the Astro config', async () => {
		const build = await buildFixtureSite({
			'languages/broken-yaml.mdx': ferrum.replace('related: [frameworks/anvil]', 'related: [frameworks/anvil'),
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('broken-yaml.mdx');
		expect(build.output).not.toContain('Unable to load your Astro config');
	});

	it('a page at a URL that a generated route also builds stops the build', async () => {
		const build = await buildFixtureSite({
			'languages/cuprum.mdx': cuprum,
			'compare/languages.mdx':
				"---\ntitle: Languages compared by hand\ndescription: A page that the generated comparison table would silently replace.\nkind: guide\nadded: '2026-12-02'\nreviewed: '2026-12-02'\nlevel: reference\n---\n\nText.\n",
		});
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/Could not render `\/compare\/languages`/);
	});

	it('a prerequisite cycle stops the build, naming both pages and the loop', async () => {
		const needs = (title: string, alias: string, other: string) =>
			cuprum
				.replace('title: Cuprum', `title: ${title}`)
				.replace('aliases: [cu]', `aliases: [${alias}]`)
				.replace('level: start\n', `level: first-steps\nprerequisites: [${other}]\n`);
		const build = await buildFixtureSite({
			'languages/cuprum.mdx': needs('Cuprum', 'cu', 'languages/stannum'),
			'languages/stannum.mdx': needs('Stannum', 'sn', 'languages/cuprum'),
		});
		expect(build.ok).toBe(false);
		const loop = 'expected no cycle, but "languages/cuprum" → "languages/stannum" → "languages/cuprum" each need the next first';
		expect(build.output).toMatch(
			new RegExp(`languages/cuprum\\.mdx: 1 front-matter problem\\s+- prerequisites: ${loop.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		);
		expect(build.output).toMatch(/languages\/stannum\.mdx: 1 front-matter problem/);
	});
});
