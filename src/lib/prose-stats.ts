/**
 * Reading figures for a page's prose: what a reader reads, without code, tables,
 * headings, imports or component tags. Used by the content tests.
 */

/** The Markdown body reduced to prose: one block (paragraph or list item) per array entry. */
function proseBlocks(markdown: string): string[] {
	const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
	return withoutCode
		.split('\n')
		.filter((line) => !/^\s*(import|export)\s/.test(line))
		.filter((line) => !/^\s*\|/.test(line)) // tables
		.filter((line) => !/^\s*#{1,6}\s/.test(line)) // headings
		.join('\n')
		.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/) // paragraphs and list items
		.map((block) =>
			block
				.replace(/<[^>]+>/g, ' ') // JSX and HTML tags
				.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
				.replace(/`([^`]*)`/g, '$1')
				.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
				.replace(/[*_>]/g, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.filter((block) => /[A-Za-z]/.test(block));
}

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

/** Fenced code blocks that do not name a language, by 1-based line number. */
export function unlabelledCodeBlocks(markdown: string): number[] {
	const lines = markdown.split('\n');
	const found: number[] = [];
	let open: string | undefined;
	lines.forEach((line, index) => {
		const fence = /^\s*(```|~~~)(.*)$/.exec(line);
		if (!fence) return;
		if (open) {
			if (fence[1] === open && fence[2]?.trim() === '') open = undefined;
			return;
		}
		open = fence[1];
		if (!fence[2]?.trim()) found.push(index + 1);
	});
	return found;
}

/** Words that mark unfinished writing. */
export const placeholderPattern = /\b(lorem ipsum|TODO|TBD|FIXME|coming soon|placeholder|insert here)\b|\[insert/i;
