import { createHash } from 'node:crypto';

/**
 * A short fingerprint of what a page says, computed at build time for the reader's progress:
 * when it differs from the one stored when the reader marked the page as done, the page shows
 * "updated since you read it". Only the words count (lower-cased, in order), so a change of
 * punctuation, spacing, line breaks or capitals does not make a page look new; a changed,
 * added or removed word does.
 */
export function contentHash(body: string): string {
	const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 12);
}
