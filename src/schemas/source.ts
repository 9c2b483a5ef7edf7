import { z } from 'astro/zod';

/** Today, as the build sees it (UTC), written YYYY-MM-DD. */
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The day a source was seen, written as a quoted string: `checked: '2026-11-19'`. Quotes are
 * required because YAML turns an unquoted date into a Date and silently rolls an impossible one
 * forward (2026-02-30 becomes 2026-03-02). The day must exist and must not be in the future.
 */
const checkedDay = z.unknown().transform((value, ctx): string => {
	if (value instanceof Date) {
		ctx.addIssue({
			code: 'custom',
			message: `expected the date in quotes, such as '${value.toISOString().slice(0, 10)}': unquoted, YAML reads a date itself and moves an impossible day (2026-02-30) to another without a word`,
		});
		return z.NEVER;
	}
	if (value === undefined) {
		ctx.addIssue({ code: 'custom', message: `expected the day the source was seen, written in quotes as 'YYYY-MM-DD'` });
		return z.NEVER;
	}
	if (typeof value !== 'string' || !z.iso.date().safeParse(value).success) {
		ctx.addIssue({ code: 'custom', message: `expected a real calendar day written 'YYYY-MM-DD', got ${JSON.stringify(value)}` });
		return z.NEVER;
	}
	if (value > today()) {
		ctx.addIssue({
			code: 'custom',
			message: `expected the day the source was seen, which cannot be after today (${today()}), got '${value}'`,
		});
		return z.NEVER;
	}
	return value;
});

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
