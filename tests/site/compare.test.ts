/** Over dist/: the generated comparison pages hold every technology and every pair, and the export is valid. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { comparableGroups, pairsOf, pairsWith, type Technology } from '../../src/lib/compare-groups';
import { loadTechnologies } from '../helpers/content-pages';
import { builtPage } from '../helpers/dist';

const technologies: Technology[] = loadTechnologies();
const groups = comparableGroups(technologies);
const pairs = pairsOf(technologies);
const linksOf = (route: string, selector: string) =>
	builtPage(route)
		.dom.querySelectorAll(selector)
		.map((link) => link.getAttribute('href') ?? '');

describe('group tables', () => {
	it('exist for languages, frameworks, databases, API styles, cloud providers and container tools', () => {
		expect(groups.map((group) => group.slug)).toEqual(
			expect.arrayContaining(['languages', 'frameworks', 'databases', 'api-styles', 'cloud-providers', 'container-tools']),
		);
	});

	it.each(groups.map((group) => [group.slug, group] as const))('/compare/%s/ has a row for every member', (slug, group) => {
		const rows = linksOf(`compare/${slug}`, 'tbody th[scope="row"] a');
		expect(rows.sort()).toEqual(group.members.map((member) => `/${member.id}/`).sort());
		const caption = builtPage(`compare/${slug}`).dom.querySelector('caption')?.text ?? '';
		expect(caption).toMatch(/checked (on|between) \d{4}-\d{2}-\d{2}/);
	});

	it('are all listed on /compare/', () => {
		const links = linksOf('compare', 'main a');
		for (const group of groups) expect(links).toContain(`/compare/${group.slug}/`);
		for (const pair of pairs) expect(links).toContain(`/compare/${pair.slug}/`);
	});
});

describe('pair pages', () => {
	it.each(pairs.map((pair) => [pair.slug, pair] as const))(
		'/compare/%s/ shows both, side by side, with choose-when lists',
		(slug, pair) => {
			const page = builtPage(`compare/${slug}`);
			expect(page.dom.querySelector('h1')?.text).toBe(`${pair.a.data.title} vs ${pair.b.data.title}`);
			const headers = page.dom.querySelectorAll('table.atlas-pair thead a').map((link) => link.getAttribute('href'));
			expect(headers).toEqual([`/${pair.a.id}/`, `/${pair.b.id}/`]);
			const choose = page.dom.querySelectorAll('h2').map((heading) => heading.text);
			expect(choose).toContain(`Choose ${pair.a.data.title} when`);
			expect(choose).toContain(`Choose ${pair.b.data.title} when`);
			expect(page.dom.querySelectorAll('li').map((item) => item.text.trim())).toContain(pair.a.data.chooseWhen[0]);
		},
	);

	it('are linked from both technologies’ pages', () => {
		for (const technology of technologies) {
			const expected = pairsWith(technology.id, pairs).map(({ slug }) => `/compare/${slug}/`);
			const links = linksOf(technology.id, '.atlas-related__compare a');
			expect(links).toEqual(expect.arrayContaining(expected));
		}
	});
});

describe('the data export', () => {
	const dist = inject('distDir');
	const data = JSON.parse(readFileSync(join(dist, 'data', 'technologies.json'), 'utf8'));
	const schema = JSON.parse(readFileSync(join(dist, 'data', 'technologies.schema.json'), 'utf8'));

	it('validates against its published JSON Schema', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	it('holds every technology page', () => {
		expect(data.technologies.map((technology: { id: string }) => technology.id).sort()).toEqual(technologies.map((t) => t.id).sort());
	});
});
