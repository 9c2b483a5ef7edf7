/**
 * Social cards (Open Graph images): where a page's card lives, the head tags that point to it,
 * how a title is fitted onto it, and how the build reads a card's text back from a built page.
 * Plain data in, plain data out; src/integrations/share-cards/ draws the PNG files.
 */
import { baseWithSlash } from './with-base';

/** A card's size in pixels: the 1.91:1 size every big platform shows uncropped. */
export const cardSize = { width: 1200, height: 630 } as const;

/** The folder of the cards in the build, under the base path. */
const cardFolder = 'og';

/** A head tag as Starlight's route data holds it. */
export interface HeadTag {
	tag: 'meta';
	attrs: Record<string, string>;
}

/**
 * The card of the page at `pathname` (with the base path), as a path under the base:
 * /backend-atlas/databases/postgresql/ → /backend-atlas/og/databases/postgresql.png,
 * the home page → /og/index.png.
 */
export function cardImagePath(pathname: string, base: string): string {
	const root = baseWithSlash(base);
	if (!pathname.startsWith(root) && `${pathname}/` !== root)
		throw new Error(`share card: page ${pathname} is outside the base path ${root}`);
	const rest = pathname
		.slice(root.length)
		.replace(/\/index\.html$|\.html$/, '')
		.replace(/^\/+|\/+$/g, '');
	return `${root}${cardFolder}/${rest || 'index'}.png`;
}

/**
 * The tags that point to a page's card. Starlight already writes og:title and
 * twitter:card (summary_large_image); twitter:image repeats og:image for the clients that read
 * only their own tag. `site` makes the URL absolute, as Open Graph expects; without it the URL
 * is the card's path under the base.
 */
export function cardHead(imagePath: string, title: string, site: URL | undefined): HeadTag[] {
	const url = site ? new URL(imagePath, site).href : imagePath;
	return [
		{ tag: 'meta', attrs: { property: 'og:image', content: url } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: String(cardSize.width) } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: String(cardSize.height) } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: title } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: url } },
	];
}

/** The title as laid out on a card: its font size and lines. */
export interface FittedTitle {
	size: number;
	lines: string[];
}

/**
 * Fits a title into `maxLines` lines of at most `maxWidth`, at the largest of `sizes` (largest
 * first) where it fits whole. A title too long even at the smallest size keeps its first lines
 * and ends in "…". `widthAt(size)` measures a string at a font size.
 */
export function fitTitle(
	title: string,
	widthAt: (size: number) => (text: string) => number,
	sizes: readonly number[],
	maxWidth: number,
	maxLines: number,
): FittedTitle {
	if (sizes.length === 0) throw new Error('share card: no font sizes to fit a title into');
	for (const size of sizes) {
		const lines = wrapWords(title, widthAt(size), maxWidth);
		if (lines.length <= maxLines) return { size, lines };
	}
	const size = sizes[sizes.length - 1] ?? 0;
	const width = widthAt(size);
	const lines = wrapWords(title, width, maxWidth).slice(0, maxLines);
	let last = lines.pop() ?? '';
	while (last && width(`${last}…`) > maxWidth) last = last.slice(0, -1);
	return { size, lines: [...lines, `${last.trimEnd()}…`] };
}

/** Greedy word wrap; a word wider than a whole line is broken between letters. */
export function wrapWords(text: string, width: (text: string) => number, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const joined = line ? `${line} ${word}` : word;
		if (width(joined) <= maxWidth) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		let rest = word;
		while (width(rest) > maxWidth && rest.length > 1) {
			let cut = rest.length - 1;
			while (cut > 1 && width(rest.slice(0, cut)) > maxWidth) cut--;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}

/** What a card shows besides the guide's name. */
export interface CardText {
	/** The page's title as search shows it, e.g. "Kubernetes (K8s)". */
	title: string;
	/** The kind label search shows beside it: "Database", "Start here", "Compare". */
	label: string;
}

/**
 * Reads a built page's card: the card's URL (og:image) and its text, taken from the search
 * record the page already carries (`data-pagefind-meta="title:<title> · <label>"`,
 * src/components/SearchMeta.astro), so the card says exactly what search says. A page without
 * og:image (the 404 page) has no card.
 */
export function readCardText(html: string): { image: string; text: CardText | undefined } | undefined {
	const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
	if (!image) return undefined;
	const meta = /data-pagefind-meta="title:([^"]*)"/.exec(html)?.[1];
	if (meta === undefined) return { image: decodeEntities(image), text: undefined };
	const record = decodeEntities(meta);
	const cut = record.lastIndexOf(' · ');
	const text = cut < 0 ? undefined : { title: record.slice(0, cut), label: record.slice(cut + 3) };
	return { image: decodeEntities(image), text };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes the escaping Astro applies to attribute values. */
function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole: string, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return entities[name.toLowerCase()] ?? whole;
	});
}
