/**
 * Turns validation problems into one message a writer can act on:
 * which file, which field, and what was expected.
 */
export interface ContentIssue {
	/** Dotted path of the field, e.g. "facts.license.source". Empty for the whole page. */
	field: string;
	/** What was expected, in words. */
	expected: string;
}

export interface IssueLike {
	path: readonly PropertyKey[];
	message: string;
	code?: string;
	keys?: readonly string[];
}

export function toContentIssues(issues: readonly IssueLike[]): ContentIssue[] {
	return issues.flatMap((issue) => {
		const at = issue.path.map(String);
		if (issue.code === 'unrecognized_keys' && issue.keys) {
			// One line per unknown key, so a misspelt field is named where it stands.
			return issue.keys.map((key) => ({
				field: [...at, key].join('.'),
				expected: 'expected no field of this name here (is it misspelt?)',
			}));
		}
		return [{ field: at.join('.'), expected: issue.message }];
	});
}

export function formatContentIssues(file: string, issues: readonly ContentIssue[]): string {
	const lines = issues.map(({ field, expected }) => `  - ${field || '(front-matter)'}: ${expected}`);
	const noun = issues.length === 1 ? 'problem' : 'problems';
	return `${file}: ${issues.length} front-matter ${noun}\n${lines.join('\n')}`;
}

/** Thrown at build time; its message is the whole explanation. */
export class ContentError extends Error {
	override name = 'ContentError';
}
