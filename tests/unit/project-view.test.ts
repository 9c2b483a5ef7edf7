/**
 * What a project page draws from its front-matter (src/lib/project-view.ts): the concepts it
 * practises as links, its checklist and stretch goals, and its checker's download; a checker
 * that is not in samples/projects/checkers/ stops the build, naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { projectView } from '../../src/lib/project-view';
import { pageSchema, type ProjectData } from '../../src/schemas/page';

const data = pageSchema.parse({
	title: 'A menu API',
	description: 'Project 1 of the ladder, as a fixture: serve the menu as JSON with prices in cents.',
	kind: 'project',
	level: 'first-steps',
	minutes: 90,
	prerequisites: ['concepts/http'],
	practises: ['concepts/http'],
	checklist: ['GET /api/menu answers 200', 'Each dish has a price in cents', 'An unknown dish answers 404'],
	stretch: ['Add a category filter', 'Sort the list by price'],
	checker: 'check-menu.mjs',
}) as ProjectData;

const urls = new Map([['check-menu.mjs', '/backend-atlas/_astro/check-menu.B1.mjs']]);
const page = (id: string) => ({ href: `/backend-atlas/${id}/`, title: 'HTTP in depth' });

describe('a project page’s view', () => {
	it('links the concepts it practises, keeps its lists in order, and offers its checker at its built URL', () => {
		expect(projectView(data, 'content/docs/projects/menu-api.mdx', (name) => urls.get(name), [...urls.keys()], page)).toEqual({
			practises: [{ href: '/backend-atlas/concepts/http/', title: 'HTTP in depth' }],
			checklist: ['GET /api/menu answers 200', 'Each dish has a price in cents', 'An unknown dish answers 404'],
			stretch: ['Add a category filter', 'Sort the list by price'],
			checker: { file: 'check-menu.mjs', href: '/backend-atlas/_astro/check-menu.B1.mjs' },
		});
	});

	it('stops the build when its checker is not a file of samples/projects/checkers/, naming the file, the field and the checkers there are', () => {
		const missing = { ...data, checker: 'check-menus.mjs' };
		expect(() => projectView(missing, 'content/docs/projects/menu-api.mdx', (name) => urls.get(name), [...urls.keys()], page)).toThrow(
			'content/docs/projects/menu-api.mdx: 1 problem\n  - checker: expected a file of samples/projects/checkers/ (check-menu.mjs), got "check-menus.mjs"',
		);
	});

	it('is refused by the schema with too short a checklist, a start level, or a checker that is not a check-*.mjs file', () => {
		const bad = pageSchema.safeParse({ ...data, checklist: ['Only one item here'], level: 'start', checker: 'menu.sh' });
		expect(bad.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
			'level: expected first-steps or next-steps: a project is built, not read first or looked up',
			'checklist: expected 3 to 8 checklist items',
			'checker: expected the file name of the project’s checker, such as "check-menu.mjs"',
		]);
	});
});
