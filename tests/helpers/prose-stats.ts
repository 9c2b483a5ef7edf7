/**
 * Reading figures for a page's prose: what a reader reads, without code, tables, headings,
 * imports or component tags (the paragraphs the MDX parser finds; see markdown.ts).
 * Used by the content tests.
 */
import { codeBlocksOf } from './code-blocks';
import { proseBlocks } from './markdown';

const words = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word));

/** Sentences in one block: split after . ! ? followed by a space and a capital, digit or quote. */
export function sentences(block: string): string[] {
	return block
		.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => words(sentence).length > 0);
}

export interface ProseStats {
	words: number;
	sentences: number;
	averageSentenceWords: number;
	longestSentenceWords: number;
}

export function proseStats(markdown: string): ProseStats {
	const all = proseBlocks(markdown).flatMap(sentences);
	const counts = all.map((sentence) => words(sentence).length);
	const total = counts.reduce((sum, n) => sum + n, 0);
	return {
		words: total,
		sentences: counts.length,
		averageSentenceWords: counts.length ? total / counts.length : 0,
		longestSentenceWords: Math.max(0, ...counts),
	};
}

/** Code blocks that do not name a language, by line in the file. */
export function unlabelledCodeBlocks(source: string, file: string): number[] {
	return codeBlocksOf(source, file)
		.filter((block) => block.lang === '')
		.map((block) => block.line);
}

/** Words that mark unfinished writing. */
export const placeholderPattern = /\b(lorem ipsum|TODO|TBD|FIXME|coming soon|placeholder|insert here)\b|\[insert/i;
