import { z } from 'astro/zod';
import { pageId } from './fact';

/*
 * Where a page stands on the learning path (src/lib/learning-path.ts). Every guide, concept and
 * technology page has a level; the levels in this order are the path's stages. Reference pages
 * (the home page, the glossary, the notes about the guide) are looked up, not read in order,
 * so they stay off the path.
 */

/** The stages of the learning path in reading order, then the pages that are not on it. */
export const levels = {
	start: 'Start here',
	'first-steps': 'First steps',
	'next-steps': 'Next steps',
	reference: 'Reference',
} as const;
export type Level = keyof typeof levels;

/** The levels that are stages of the path, in order. */
export const stageLevels = ['start', 'first-steps', 'next-steps'] as const satisfies readonly Level[];

/** Front-matter fields of every page kind that place the page on the path. */
export const pathFields = {
	/** The stage of the learning path this page belongs to, or "reference" for a page that is looked up. */
	level: z.enum(Object.keys(levels) as [Level, ...Level[]], { error: `expected one of: ${Object.keys(levels).join(', ')}` }),
	/** Estimated minutes to read the page and try what it suggests; required on the path. */
	minutes: z
		.number({ error: 'expected a whole number of minutes, such as 25' })
		.int('expected a whole number of minutes, such as 25')
		.min(2, 'expected at least 2 minutes')
		.max(240, 'expected at most 240 minutes (split a longer page)')
		.optional(),
	/** Pages to read first; each must be on the path, at this page's stage or an earlier one. */
	prerequisites: z.array(pageId).default([]),
};
