import { z } from 'astro/zod';
import { pageBasics, pageId, pageIdOfKind } from './fact';
import { pathFields } from './path';

/*
 * Project pages: the project ladder, one thing to build on the Order Now story at each rung,
 * from a menu API to a deployed app with tests in CI. Each has an acceptance checklist, stretch
 * goals and a checker the reader downloads and runs against their own server (a script in
 * samples/projects/checkers/). The body's sections are the ones CONTRIBUTING.md describes.
 */

/** The folder of content/docs that holds the project pages (the registry's entry names it too). */
export const projectsFolder = 'projects';

/** The folder of the checkers, from the project root; a page's `checker` names a file in it. */
export const checkersFolder = 'samples/projects/checkers';

/** One line of a list the page draws: a checklist item or a stretch goal. */
const listItem = (what: string) =>
	z
		.string({ error: `expected ${what} as one line of text` })
		.min(10, `expected ${what} of at least 10 characters`)
		.max(200, `expected ${what} of at most 200 characters`);

export const projectSchema = z.strictObject({
	...pageBasics,
	// Marked with its folder, as technology kinds are, so that `npm run new` writes the page there.
	kind: z.literal('project').meta({ folder: projectsFolder }),
	...pathFields,
	/** A project is built after the start pages, in order: never a start or a reference page. */
	level: z.enum(['first-steps', 'next-steps'], {
		error: 'expected first-steps or next-steps: a project is built, not read first or looked up',
	}),
	/** The concept pages whose ideas the project puts to work; each must be a concept page. */
	practises: z.array(pageIdOfKind('concept')).min(1, 'expected at least one concept page the project practises').max(6),
	/** What a finished project does, each a requirement the reader can tick off. */
	checklist: z.array(listItem('a checklist item')).min(3, 'expected 3 to 8 checklist items').max(8, 'expected 3 to 8 checklist items'),
	/** Further things to try once the checklist is done. */
	stretch: z.array(listItem('a stretch goal')).min(2, 'expected 2 to 4 stretch goals').max(4, 'expected 2 to 4 stretch goals'),
	/** The file name of its checker in samples/projects/checkers/. */
	checker: z
		.string({ error: 'expected the file name of the project’s checker, such as "check-menu.mjs"' })
		.regex(/^check-[a-z0-9-]+\.mjs$/, 'expected the file name of the project’s checker, such as "check-menu.mjs"'),
	/** Other words readers type for this project; indexed by search. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Pages this one links to under "Related pages". */
	related: z.array(pageId).default([]),
});
