import { ownKeys, writtenPageSchema, type PageData } from '../schemas/page';
import { ContentError, formatContentIssues, toContentIssues } from './content-errors';

/**
 * Checks one page's front-matter against the guide's own schema and returns the typed data.
 * Keys that Starlight owns (title, sidebar, …) are left to Starlight's schema; any other
 * unknown key is an error, so a misspelt field is never silently dropped. A written page must
 * also say when it was added and last reviewed (src/schemas/review.ts).
 * Throws a ContentError naming the file, each field and what was expected.
 */
export function validatePageData(file: string, data: Record<string, unknown>, starlightKeys: ReadonlySet<string>): PageData {
	const own = Object.fromEntries(Object.entries(data).filter(([key]) => ownKeys.has(key) || !starlightKeys.has(key)));
	const result = writtenPageSchema.safeParse(own, { reportInput: true });
	if (!result.success) throw new ContentError(formatContentIssues(file, toContentIssues(result.error.issues)));
	// The same kinds' schemas as pageSchema's, with the two days required: the data has PageData's shape.
	return result.data as PageData;
}
