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
	/** The value that failed (Zod reports it when parsing with `reportInput: true`). */
	input?: unknown;
	expected?: string;
}

/** The bad value as a writer would recognise it in their file. */
function shown(input: unknown): string {
	if (input instanceof Date) return input.toISOString().slice(0, 10);
	const text = JSON.stringify(input);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What was expected, with the value that was found instead and, where it helps, how to fix it. */
function explain(issue: IssueLike): string {
	const message = issue.message.replace(/^Invalid option: /, '').replace(/^Invalid input: /, '');
	if (issue.input === undefined || /\bgot\b/.test(message)) return message;
	if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof issue.input === 'number') {
		return `${message}, got the number ${issue.input}: put the value in quotes ('${issue.input}'), since YAML reads an unquoted 1.30 as the number 1.3`;
	}
	return `${message}, got ${shown(issue.input)}`;
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
		return [{ field: at.join('.'), expected: explain(issue) }];
	});
}

export function formatContentIssues(file: string, issues: readonly ContentIssue[]): string {
	const lines = issues.map(({ field, expected }) => `  - ${field || '(front-matter)'}: ${expected}`);
	const noun = issues.length === 1 ? 'problem' : 'problems';
	return `${file}: ${issues.length} front-matter ${noun}\n${lines.join('\n')}`;
}

/**
 * Thrown at build time; its message is the whole explanation. The stack is the message alone:
 * the problem is in a content file, so a trace into the guide's own code would only mislead.
 */
export class ContentError extends Error {
	override name = 'ContentError';
	constructor(message: string) {
		super(message);
		this.stack = `${this.name}: ${message}`;
	}
}
