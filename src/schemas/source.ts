import { z } from 'astro/zod';
import { pastDay } from './day';

/** The day a source was seen, quoted: `checked: '2026-11-19'` (see ./day.ts). */
const checkedDay = pastDay('the day the source was seen');

/** A full https:// address; `what` names it in the message ("the source page"). */
export const httpsUrl = (what: string) =>
	z.unknown().transform((value, ctx): string => {
		if (typeof value === 'string' && /^https:\/\/[^/\s]+\.[^/\s]+/.test(value) && URL.canParse(value)) return value;
		ctx.addIssue({ code: 'custom', message: `expected the full https:// address of ${what}, got ${JSON.stringify(value)}` });
		return z.NEVER;
	});

/** Where a fact comes from. Every fact on a page names one of these by its key. */
export const sourceSchema = z.strictObject({
	/** What the linked page is called, as a reader would recognise it ("Django release notes"). */
	title: z.string({ error: 'expected the title of the source page' }).min(3),
	/** The address of the page that states the fact: https only. Official sites first. */
	url: httpsUrl('the source page'),
	/** The day someone opened the source and saw the fact there (the copy's date, for a stored copy). */
	checked: checkedDay,
});

export type Source = z.output<typeof sourceSchema>;

/**
 * The sources of one page, keyed by a short name that facts refer to
 * (`sources.releases`, then `source: releases` on a fact).
 */
export const sourcesSchema = z.record(
	z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a source key in lower-case-with-dashes'),
	sourceSchema,
);
