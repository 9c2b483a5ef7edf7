/**
 * THE CARD DESIGN: what every share card shows and where. Change colours, sizes and positions
 * here; the text fitting is src/lib/share-card.ts, the drawing primitives raster.ts and image.ts.
 *
 *   ┌──┬───────────────────────────────────────────┐
 *   │  │ Kind label (accent blue)                   │
 *   │  │ Page title, up to 3 lines (dark blue)      │
 *   │  ├───────────────────────────────────────────┤
 *   │  │ [logo] Backend Atlas      (light blue strip)│
 *   └──┴───────────────────────────────────────────┘
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { cardSize, fitTitle, type CardText } from '../../lib/share-card';
import { drawPicture, encodePng, fillRect, Palette, solid, type Colour, type Indexed, type Ramp } from './image';
import { CardFont } from './raster';

/** The guide's colours (src/styles/atlas.css, src/assets/logo.svg). */
const colours = {
	background: [255, 255, 255],
	strip: [238, 244, 251],
	band: [31, 95, 163],
	label: [31, 95, 163],
	title: [15, 47, 85],
	name: [15, 47, 85],
} satisfies Record<string, Colour>;

const margin = 96;
const band = 24;
const labelSize = 36;
const labelBaseline = 132;
/** Title sizes, largest first: the largest at which the whole title fits in `titleLines` lines. */
const titleSizes = [76, 64, 54];
const titleLines = 3;
const titleTop = 168;
const stripTop = 472;
const logoSize = 72;
const nameSize = 44;

/** Atkinson Hyperlegible Bold (SIL Open Font Licence 1.1), from @fontsource/atkinson-hyperlegible. */
function loadFont(): CardFont {
	const require = createRequire(import.meta.url);
	return new CardFont([
		readFileSync(require.resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2')),
		readFileSync(require.resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-ext-700-normal.woff2')),
	]);
}

/** Draws cards: the parts every card shares are drawn once per build, each label once. */
export class CardPainter {
	private readonly withLabel = new Map<string, Uint8Array>();

	private constructor(
		private readonly font: CardFont,
		private readonly palette: Palette,
		private readonly base: Indexed,
		private readonly ramps: { label: Ramp; title: Ramp },
	) {}

	/** The painter, with the background, the band, the strip, the logo and the guide's name drawn. */
	static async create(logoFile: string, guideName: string): Promise<CardPainter> {
		const font = loadFont();
		const palette = new Palette();
		const base = solid(cardSize.width, cardSize.height, palette.add(colours.background));
		// The text's shades first: the logo's colours take what is left of the palette.
		const ramps = { label: palette.ramp(colours.label, colours.background), title: palette.ramp(colours.title, colours.background) };
		const nameRamp = palette.ramp(colours.name, colours.strip);
		fillRect(base, 0, stripTop, cardSize.width, cardSize.height - stripTop, palette.add(colours.strip));
		fillRect(base, 0, 0, band, cardSize.height, palette.add(colours.band));
		const logo = await sharp(readFileSync(logoFile), { density: 72 * (logoSize / 32) * 2 })
			.resize(logoSize, logoSize)
			.ensureAlpha()
			.raw()
			.toBuffer();
		const stripMiddle = stripTop + (cardSize.height - stripTop) / 2;
		drawPicture(base, palette, new Uint8Array(logo), logoSize, margin, Math.round(stripMiddle - logoSize / 2), colours.strip);
		const nameX = margin + logoSize + 24;
		font.draw(base, guideName, nameX, stripMiddle + nameSize * 0.34, nameSize, nameRamp);
		return new CardPainter(font, palette, base, ramps);
	}

	/** One card as PNG bytes. */
	async paint(text: CardText): Promise<Buffer> {
		let labelled = this.withLabel.get(text.label);
		if (!labelled) {
			const image = { ...this.base, rows: this.base.rows.slice() };
			this.font.draw(image, text.label, margin, labelBaseline, labelSize, this.ramps.label);
			labelled = image.rows;
			this.withLabel.set(text.label, labelled);
		}
		const card = { ...this.base, rows: labelled.slice() };
		const fitted = fitTitle(
			text.title,
			(size) => (line) => this.font.width(line, size),
			titleSizes,
			cardSize.width - 2 * margin,
			titleLines,
		);
		const lineHeight = Math.round(fitted.size * 1.15);
		fitted.lines.forEach((line, i) => {
			this.font.draw(card, line, margin, titleTop + Math.round(fitted.size * 0.95) + i * lineHeight, fitted.size, this.ramps.title);
		});
		return encodePng(card, this.palette);
	}
}
