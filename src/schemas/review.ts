import { z } from 'astro/zod';
import { isDay, pastDay } from './day';

/*
 * When a page was published and when a person last checked it: two days in every page's
 * front-matter, whatever its kind (spread into pageBasics, ./fact.ts). "What's new" and its
 * feed are made from them (src/lib/whats-new.ts), and each page shows "Last reviewed" under
 * its title (src/lib/reviewed.ts). CONTRIBUTING.md, "Added and reviewed", says when to change them.
 */

const required = {
	/** The day the page was first published: the first commit that added its file. */
	added: pastDay('the day the page was first published'),
	/** The last day a person read the whole page against its sources. Not moved by a fixed link or a new front-matter field. */
	reviewed: pastDay('the day a person last read the whole page against its sources'),
};

/**
 * The two days, as every kind's schema holds them. Optional in the schema, because the generated
 * routes (the comparison tables, the learning path, What's new) render through the same schema
 * and have no author to date them; every page written in content/docs must have both
 * (`writtenPageSchema` in ./page.ts, which the content loader checks).
 */
export const reviewFields = {
	added: required.added.optional(),
	reviewed: required.reviewed.optional(),
};

/** The same two fields, required: a page written in content/docs. */
export const requiredReviewFields = required;

/**
 * A page is reviewed on or after the day it was added. Checked even when other fields of the
 * page are wrong, so that every problem of the page is reported in one build; it waits only for
 * the two days themselves to be valid.
 */
export function checkReviewOrder(page: { added?: unknown; reviewed?: unknown }, ctx: z.RefinementCtx): void {
	const { added, reviewed } = page;
	if (!isDay(added) || !isDay(reviewed) || reviewed >= added) return;
	ctx.addIssue({
		code: 'custom',
		path: ['reviewed'],
		message: `expected a day on or after added ('${added}'): a page is reviewed after it is published, got '${reviewed}'`,
	});
}

/** Whether the two days' own checks passed, so that their order can be compared. */
export const reviewDaysValid = (issues: ReadonlyArray<{ path?: readonly PropertyKey[] | undefined }>): boolean =>
	!issues.some((issue) => issue.path?.[0] === 'added' || issue.path?.[0] === 'reviewed');
