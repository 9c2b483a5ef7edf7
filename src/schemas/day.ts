import { z } from 'astro/zod';

/** Today, as the build sees it (UTC), written YYYY-MM-DD. */
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A day in the past, written as a quoted string: `checked: '2026-11-19'`. Quotes are required
 * because YAML turns an unquoted date into a Date and silently rolls an impossible one forward
 * (2026-02-30 becomes 2026-03-02). The day must exist and must not be after today. `what` says
 * which day it is in every message ("the day the source was seen").
 *
 * Only the build's verdict depends on the clock: the value is kept as written, so the same
 * pages always build the same output.
 */
export const pastDay = (what: string) =>
	z.unknown().transform((value, ctx): string => {
		if (value instanceof Date) {
			ctx.addIssue({
				code: 'custom',
				message: `expected the date in quotes, such as '${value.toISOString().slice(0, 10)}': unquoted, YAML reads a date itself and moves an impossible day (2026-02-30) to another without a word`,
			});
			return z.NEVER;
		}
		if (value === undefined) {
			ctx.addIssue({ code: 'custom', message: `expected ${what}, written in quotes as 'YYYY-MM-DD'` });
			return z.NEVER;
		}
		if (typeof value !== 'string' || !isDay(value)) {
			ctx.addIssue({ code: 'custom', message: `expected a real calendar day written 'YYYY-MM-DD', got ${JSON.stringify(value)}` });
			return z.NEVER;
		}
		if (value > today()) {
			ctx.addIssue({ code: 'custom', message: `expected ${what}, which cannot be after today (${today()}), got '${value}'` });
			return z.NEVER;
		}
		return value;
	});

/** True for a real calendar day written YYYY-MM-DD. */
export const isDay = (value: unknown): value is string => typeof value === 'string' && z.iso.date().safeParse(value).success;
