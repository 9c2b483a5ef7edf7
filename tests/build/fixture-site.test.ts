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
/** A second language page, as a writer would add one. */
const cuprum = ferrum.replace('title: Ferrum', 'title: Cuprum').replace('typing: { value: static', 'typing: { value: dynamic');

describe('adding a technology page', () => {
	it('adds it to its group table, makes its pair page and exports it', async () => {
		const build = await buildFixtureSite({ 'languages/cuprum.mdx': cuprum });
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
	});
});

describe('a bad page', () => {
	it('stops the build, naming the file, the field and what was expected', async () => {
		const bad = ferrum.replace("latestVersion: { value: '1.2.3', source: spec }", 'latestVersion: { value: 1.2 }');
		const build = await buildFixtureSite({ 'languages/broken.mdx': bad });
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/languages\/broken\.mdx: 2 front-matter problems/);
		expect(build.output).toContain('facts.latestVersion.value: expected a short text');
		expect(build.output).toContain('facts.latestVersion.source: expected the key of one of this page’s `sources`');
	});

	it('stops the build when a page points to a page that does not exist', async () => {
		const lost = ferrum.replace('related: [frameworks/anvil]', 'related: [frameworks/hammer]').replace('title: Ferrum', 'title: Lost');
		const build = await buildFixtureSite({ 'languages/lost.mdx': lost });
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/languages\/lost\.mdx: 1 front-matter problem/);
		expect(build.output).toContain('related.0: expected the id of an existing page, got "frameworks/hammer"');
	});
});
