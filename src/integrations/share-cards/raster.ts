/**
 * Text for the share cards, in plain TypeScript: glyph outlines from the bundled font (read with
 * fontkitten) are filled with exact-area anti-aliasing (the signed-area accumulation of font-rs),
 * each glyph once per size and quarter-pixel offset. A general renderer (a browser, Skia, resvg)
 * costs 40 ms or more per 1200×630 image on this project's 2-core machines; drawing a card's
 * text this way and compressing it (image.ts) costs a few.
 */
import { create, type Font, type Glyph } from 'fontkitten';
import { paint, type Indexed, type Ramp } from './image';

/** A glyph's coverage (0–1 a pixel) and where its top-left pixel sits from the pen position. */
export interface Coverage {
	left: number;
	top: number;
	width: number;
	height: number;
	alpha: Float32Array;
}

/** A font at one or more files (a subset each, e.g. latin and latin-ext), first file first. */
export class CardFont {
	private readonly fonts: Font[];
	private readonly coverage = new Map<string, Coverage>();

	constructor(files: readonly Uint8Array[]) {
		this.fonts = files.map((file) => {
			const font = create(Buffer.from(file));
			if ('fonts' in font) throw new Error('share cards: a font collection is not supported; give one font file');
			return font;
		});
	}

	/** The glyph for a character, from the first file that has it; throws naming the character otherwise. */
	private glyph(char: string): { glyph: Glyph; font: Font } {
		const code = char.codePointAt(0) ?? 0;
		for (const font of this.fonts) {
			const glyph = font.glyphForCodePoint(code);
			if (glyph.id !== 0) return { glyph, font };
		}
		throw new Error(`share cards: the card font has no glyph for "${char}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`);
	}

	/** The width of a line of text at a font size, in pixels (advance widths, no kerning). */
	width(text: string, size: number): number {
		let sum = 0;
		for (const char of text) {
			const { glyph, font } = this.glyph(char);
			sum += (glyph.advanceWidth * size) / font.unitsPerEm;
		}
		return sum;
	}

	/** Draws a line of text with its baseline at y, starting at x, in the shades of `ramp`. */
	draw(image: Indexed, text: string, x: number, y: number, size: number, ramp: Ramp): void {
		let pen = x;
		for (const char of text) {
			const { glyph, font } = this.glyph(char);
			const whole = Math.floor(pen);
			const quarter = Math.round((pen - whole) * 4) / 4;
			const cover = this.coverageOf(glyph, font, size, quarter);
			paint(image, cover, whole + cover.left, Math.round(y) + cover.top, ramp);
			pen += (glyph.advanceWidth * size) / font.unitsPerEm;
		}
	}

	private coverageOf(glyph: Glyph, font: Font, size: number, shift: number): Coverage {
		const key = `${this.fonts.indexOf(font)}:${glyph.id}:${size}:${shift}`;
		let cover = this.coverage.get(key);
		if (!cover) {
			cover = rasterise(glyph, size / font.unitsPerEm, shift);
			this.coverage.set(key, cover);
		}
		return cover;
	}
}

/** Fills a glyph's outline: each contour flattened to lines, each line adding its signed area. */
function rasterise(glyph: Glyph, scale: number, shift: number): Coverage {
	const box = glyph.path.bbox;
	if (!Number.isFinite(box.minX) || box.maxX <= box.minX) return { left: 0, top: 0, width: 0, height: 0, alpha: new Float32Array(0) };
	const left = Math.floor(box.minX * scale + shift) - 1;
	const top = Math.floor(-box.maxY * scale) - 1;
	const width = Math.ceil(box.maxX * scale + shift) - left + 2;
	const height = Math.ceil(-box.minY * scale) - top + 2;
	const area = new Float32Array(width * height + 1);
	const toX = (x: number) => x * scale + shift - left;
	const toY = (y: number) => -y * scale - top;
	let startX = 0;
	let startY = 0;
	let penX = 0;
	let penY = 0;
	const lineTo = (x: number, y: number) => {
		addLine(area, width, height, penX, penY, x, y);
		penX = x;
		penY = y;
	};
	for (const { command, args } of glyph.path.commands) {
		const point = (i: number): [number, number] => [toX(args[i] ?? 0), toY(args[i + 1] ?? 0)];
		if (command === 'moveTo') {
			if (penX !== startX || penY !== startY) lineTo(startX, startY);
			[penX, penY] = point(0);
			[startX, startY] = [penX, penY];
		} else if (command === 'lineTo') {
			lineTo(...point(0));
		} else if (command === 'quadraticCurveTo') {
			const [cx, cy] = point(0);
			const [x, y] = point(2);
			const [x0, y0] = [penX, penY];
			for (let i = 1, n = steps(x0, y0, x, y); i <= n; i++) {
				const t = i / n;
				const u = 1 - t;
				lineTo(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
			}
		} else if (command === 'bezierCurveTo') {
			const [ax, ay] = point(0);
			const [bx, by] = point(2);
			const [x, y] = point(4);
			const [x0, y0] = [penX, penY];
			for (let i = 1, n = steps(x0, y0, x, y); i <= n; i++) {
				const t = i / n;
				const u = 1 - t;
				lineTo(
					u * u * u * x0 + 3 * u * u * t * ax + 3 * u * t * t * bx + t * t * t * x,
					u * u * u * y0 + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * y,
				);
			}
		} else if (command === 'closePath') {
			lineTo(startX, startY);
		}
	}
	if (penX !== startX || penY !== startY) lineTo(startX, startY);
	const alpha = new Float32Array(width * height);
	let sum = 0;
	for (let i = 0; i < alpha.length; i++) {
		sum += area[i] ?? 0;
		alpha[i] = Math.min(1, Math.abs(sum));
	}
	return { left, top, width, height, alpha };
}

/** Line pieces for a curve: about one every 2 pixels, at least 2 and at most 16. */
function steps(x0: number, y0: number, x1: number, y1: number): number {
	return Math.min(16, Math.max(2, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2)));
}

/** Adds the signed area a line covers to each pixel it crosses and the one after (font-rs). */
function addLine(area: Float32Array, width: number, height: number, ax: number, ay: number, bx: number, by: number): void {
	if (Math.abs(ay - by) < 1e-6) return;
	const [dir, x0p, y0p, x1p, y1p] = ay < by ? [1, ax, ay, bx, by] : [-1, bx, by, ax, ay];
	const dxdy = (x1p - x0p) / (y1p - y0p);
	let x = x0p;
	const add = (index: number, value: number) => {
		if (index >= 0 && index < area.length) area[index] = (area[index] ?? 0) + value;
	};
	for (let row = Math.max(0, Math.floor(y0p)); row < Math.min(height, Math.ceil(y1p)); row++) {
		const start = row * width;
		const dy = Math.min(row + 1, y1p) - Math.max(row, y0p);
		const xnext = x + dxdy * dy;
		const d = dy * dir;
		const [lo, hi] = x < xnext ? [x, xnext] : [xnext, x];
		const loFloor = Math.floor(lo);
		const loI = loFloor;
		const hiCeil = Math.ceil(hi);
		const hiI = hiCeil;
		if (hiI <= loI + 1) {
			const mid = 0.5 * (x + xnext) - loFloor;
			add(start + loI, d - d * mid);
			add(start + loI + 1, d * mid);
		} else {
			const s = 1 / (hi - lo);
			const loF = lo - loFloor;
			const a0 = 0.5 * s * (1 - loF) * (1 - loF);
			const hiF = hi - hiCeil + 1;
			const am = 0.5 * s * hiF * hiF;
			add(start + loI, d * a0);
			if (hiI === loI + 2) {
				add(start + loI + 1, d * (1 - a0 - am));
			} else {
				const a1 = s * (1.5 - loF);
				add(start + loI + 1, d * (a1 - a0));
				for (let xi = loI + 2; xi < hiI - 1; xi++) add(start + xi, d * s);
				const a2 = a1 + (hiI - loI - 3) * s;
				add(start + hiI - 1, d * (1 - a2 - am));
			}
			add(start + hiI, d * am);
		}
		x = xnext;
	}
}
