import { z } from 'astro/zod';

/**
 * A calendar day written as YAML `2026-11-21` (which YAML reads as a Date) or as the
 * quoted string "2026-11-21". Either way it is stored as the ISO string, so the JSON
 * export and the pages show the same thing.
 */
const isoDay = z
	.union([z.date(), z.iso.date()], {
		error: 'expected a date written as YYYY-MM-DD',
	})
	.transform((day) => (day instanceof Date ? day.toISOString().slice(0, 10) : day));

/** Where a fact comes from. Every fact on a page names one of these by its key. */
export const sourceSchema = z.strictObject({
	/** What the linked page is called, as a reader would recognise it ("Django release notes"). */
	title: z.string({ error: 'expected the title of the source page' }).min(3),
	/** The address of the page that states the fact. Official sites first. */
	url: z.url({ error: 'expected the full URL of the source page (https://…)' }),
	/** The day someone last opened the source and saw the fact there. */
	checked: isoDay,
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
