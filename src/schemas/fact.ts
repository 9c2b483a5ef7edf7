import { z } from 'astro/zod';
import { reviewFields } from './review';

/**
 * One fact: a value and the key of the source (in the page's `sources`) that states it.
 * `note` qualifies a value in a few words when it needs it ("LTS line").
 */
export function fact<T extends z.ZodType>(value: T) {
	return z.strictObject(
		{
			/** The fact itself. */
			value,
			/** Key of an entry in this page's `sources` that states the value. */
			source: z.string({ error: 'expected the key of one of this page’s `sources`' }).min(1),
			/** A few words that qualify the value, shown beside it. */
			note: z.string().max(80).optional(),
			/**
			 * Where a machine can read the current value, for `npm run facts:check`: `npm:express`,
			 * `pypi:django`, `github:rails/rails` (latest release) or `endoflife:python`.
			 */
			upstream: z
				.string()
				.regex(
					/^(npm|pypi|github|endoflife):\S+$/,
					'expected an upstream such as "npm:express", "pypi:django", "github:owner/repo" or "endoflife:python"',
				)
				.optional(),
		},
		{
			error: (issue) =>
				issue.input === undefined
					? 'this fact is required: expected { value, source }'
					: 'expected a fact: { value, source } with a source key',
		},
	);
}

/** A year of first public release, from the first web server to next year. */
export const year = z.number({ error: 'expected a year as a number, such as 2005' }).int().min(1960).max(2100);

/** A short piece of text shown in a facts box or table cell. */
export const shortText = z.string({ error: 'expected a short text' }).min(1).max(120);

/** The id of another page: its path under content/docs without the extension. */
export const pageId = z
	.string({ error: 'expected a page id such as "languages/python"' })
	.regex(/^[a-z0-9][a-z0-9/-]*$/, 'expected a page id such as "languages/python"');

/**
 * The id of another page that must be of `kind`. The mark (`references`) is what the reference
 * checks (src/lib/references.ts) and the facts boxes and tables (src/lib/fact-rows.ts) read.
 */
export const pageIdOfKind = (kind: string) => pageId.meta({ references: kind });

/**
 * What every page of every kind has: a title and a description (Starlight reads them too, but
 * the guide requires both on every page), and the days it was added and last reviewed (./review.ts).
 */
export const pageBasics = {
	/** The page's name, shown as its heading and in navigation. */
	title: z.string({ error: 'expected the page title' }).min(1),
	/** One sentence: the search and social description, and the lead of a technology page. */
	description: z
		.string({ error: 'expected a one-sentence description' })
		.min(40, 'expected a description of at least 40 characters')
		.max(240, 'expected a description of at most 240 characters'),
	...reviewFields,
};
