/** Share cards: where each card lives, its head tags, how a title is fitted, and a drawn card. */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cardHead, cardImagePath, fitTitle, readCardText, wrapWords } from '../../src/lib/share-card';
import { CardPainter } from '../../src/integrations/share-cards/design';
import { searchMeta } from '../../src/lib/search-meta';

/** A width of 10 px a character: easy to reason about. */
const mono = (size: number) => (text: string) => (text.length * size) / 10;

describe('cardImagePath', () => {
	it('puts each page’s card under og/, named after its path', () => {
		expect(cardImagePath('/databases/postgresql/', '/')).toBe('/og/databases/postgresql.png');
		expect(cardImagePath('/', '/')).toBe('/og/index.png');
		expect(cardImagePath('/backend-atlas/compare/django-vs-fastapi/', '/backend-atlas/')).toBe(
			'/backend-atlas/og/compare/django-vs-fastapi.png',
		);
		expect(cardImagePath('/backend-atlas/', '/backend-atlas/')).toBe('/backend-atlas/og/index.png');
	});

	it('refuses a page outside the base path', () => {
		expect(() => cardImagePath('/elsewhere/page/', '/backend-atlas/')).toThrow(/outside the base path/);
	});
});

describe('cardHead', () => {
	it('gives an absolute URL when the site is known, and the path under the base otherwise', () => {
		const tags = (site?: URL) =>
			Object.fromEntries(
				cardHead('/backend-atlas/og/index.png', 'Backend Atlas', site).map((tag) => [
					tag.attrs['property'] ?? tag.attrs['name'],
					tag.attrs['content'],
				]),
			);
		expect(tags(new URL('https://guide.example.org'))).toEqual({
			'og:image': 'https://guide.example.org/backend-atlas/og/index.png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:image:alt': 'Backend Atlas',
			'twitter:image': 'https://guide.example.org/backend-atlas/og/index.png',
		});
		expect(tags()['og:image']).toBe('/backend-atlas/og/index.png');
	});
});

describe('fitting a title', () => {
	it('keeps a short title on one line at the largest size', () => {
		expect(fitTitle('PostgreSQL', mono, [80, 60], 1000, 3)).toEqual({ size: 80, lines: ['PostgreSQL'] });
	});

	it('wraps between words and steps down a size only when the lines run out', () => {
		// 20 characters a line at size 50 (four lines), 25 at size 40 (three).
		const title = 'What happens when you tap Order Now, from phone to kitchen';
		const fitted = fitTitle(title, mono, [50, 40], 100, 3);
		expect(fitted).toEqual({ size: 40, lines: ['What happens when you tap', 'Order Now, from phone to', 'kitchen'] });
	});

	it('cuts a title too long for every size after whole lines, ending in an ellipsis', () => {
		const fitted = fitTitle('word '.repeat(80).trim(), mono, [50, 40], 400, 2);
		expect(fitted.size).toBe(40);
		expect(fitted.lines).toHaveLength(2);
		expect(fitted.lines[1]).toMatch(/word…$/);
		for (const line of fitted.lines) expect(mono(40)(line)).toBeLessThanOrEqual(400);
	});

	it('breaks a word longer than a line between letters', () => {
		expect(wrapWords('Supercalifragilistic ok', (text) => text.length, 8)).toEqual(['Supercal', 'ifragili', 'stic ok']);
	});
});

describe('reading a card from a built page', () => {
	it('takes the image and the title and label search shows, decoding entities', () => {
		const html =
			'<meta property="og:image" content="/og/a&amp;b.png"/><span hidden data-pagefind-meta="title:Tom &amp; Jerry · Start here" data-pagefind-filter="kind:Guide"></span>';
		expect(readCardText(html)).toEqual({ image: '/og/a&b.png', text: { title: 'Tom & Jerry', label: 'Start here' } });
	});

	it('finds no card on a page without og:image, and no text on a page without a search record', () => {
		expect(readCardText('<meta property="og:title" content="Page not found"/>')).toBeUndefined();
		expect(readCardText('<meta property="og:image" content="/og/x.png"/>')).toEqual({ image: '/og/x.png', text: undefined });
	});

	it('uses the labels search uses: the kind, or a guide’s section', () => {
		expect(searchMeta.label('databases/postgresql', 'database')).toBe('Database');
		expect(searchMeta.label('start-here/order-now', 'guide')).toBe('Start here');
	});
});

describe('a drawn card', () => {
	/** The palette indexes of a PNG written by the painter (8-bit palette, no filter). */
	function decode(png: Buffer) {
		const chunks = new Map<string, Buffer[]>();
		for (let at = 8; at < png.length;) {
			const length = png.readUInt32BE(at);
			const type = png.toString('latin1', at + 4, at + 8);
			chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
			at += 12 + length;
		}
		const header = chunks.get('IHDR')?.[0] ?? Buffer.alloc(13);
		const width = header.readUInt32BE(0);
		const rows = inflateSync(Buffer.concat(chunks.get('IDAT') ?? []));
		const palette = chunks.get('PLTE')?.[0] ?? Buffer.alloc(0);
		const colour = (x: number, y: number) => {
			const index = rows[y * (width + 1) + 1 + x] ?? 0;
			return [...palette.subarray(index * 3, index * 3 + 3)];
		};
		return { width, height: header.readUInt32BE(4), depth: header[8], type: header[9], colour, rows };
	}

	/** How many pixels of a band of rows are the title's dark blue. */
	const titlePixels = (card: ReturnType<typeof decode>, from: number, to: number) => {
		let count = 0;
		for (let y = from; y < to; y++) for (let x = 0; x < card.width; x++) if (card.colour(x, y).join() === '15,47,85') count++;
		return count;
	};

	it('is a 1200×630 palette PNG in the guide’s colours, with the title’s lines drawn', async () => {
		const painter = await CardPainter.create('src/assets/logo.svg', 'Backend Atlas');
		const short = decode(await painter.paint({ title: 'Go', label: 'Language' }));
		expect([short.width, short.height, short.depth, short.type]).toEqual([1200, 630, 8, 3]);
		expect(short.colour(5, 300)).toEqual([31, 95, 163]); // the accent band
		expect(short.colour(600, 600)).toEqual([238, 244, 251]); // the strip behind the guide's name
		const long = decode(
			await painter.paint({ title: 'What happens when you tap Order Now, from your phone to the kitchen and back', label: 'Start here' }),
		);
		// A one-line title leaves the second and third lines empty; a long one fills them.
		expect(titlePixels(short, 180, 270)).toBeGreaterThan(500);
		expect(titlePixels(short, 280, 460)).toBe(0);
		expect(titlePixels(long, 280, 460)).toBeGreaterThan(2000);
	});

	it('stops with the character when the font has no glyph for it', async () => {
		const painter = await CardPainter.create('src/assets/logo.svg', 'Backend Atlas');
		await expect(painter.paint({ title: 'Caf\u{1F600}', label: 'Guide' })).rejects.toThrow(/no glyph for .*U\+1F600/);
	});
});
