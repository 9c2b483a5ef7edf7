import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCardText } from '../../lib/share-card';
import { CardPainter } from './design';
import { baseWithSlash } from '../../lib/with-base';

/**
 * After the build: draws the share card (Open Graph image) of every built page that points to
 * one (src/route-data.ts adds the og:image tags), as a PNG at the path the tag names. The text
 * comes from the page itself, so a generated page (/compare/…) gets its card like any other.
 * A page that points to a card but has no search record stops the build, naming the file.
 */
export function shareCards(options: { logo: string; guideName: string }): AstroIntegration {
	let base = '/';
	return {
		name: 'atlas-share-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = baseWithSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const painter = await CardPainter.create(options.logo, options.guideName);
				const files = (await Array.fromAsync(glob('**/*.html', { cwd: root }))).sort();
				const written = new Map<string, string>();
				let bytes = 0;
				const drawCard = async (file: string) => {
					const card = readCardText(await readFile(join(root, file), 'utf8'));
					if (!card) return;
					if (!card.text)
						throw new Error(`${file}: has og:image but no search record (data-pagefind-meta="title:…") to draw its card from`);
					const path = new URL(card.image, 'https://card.invalid').pathname;
					if (!path.startsWith(base)) throw new Error(`${file}: og:image ${card.image} is outside the base path ${base}`);
					const target = join(root, decodeURIComponent(path.slice(base.length)));
					const other = written.get(target);
					if (other) throw new Error(`${file}: its card ${path} is also the card of ${other}`);
					written.set(target, file);
					const png = await painter.paint(card.text);
					bytes += png.length;
					await mkdir(dirname(target), { recursive: true });
					await writeFile(target, png);
				};
				// A few cards in flight at once: one is drawn while others are compressed and written.
				const queue = [...files];
				await Promise.all(
					Array.from({ length: 4 }, async () => {
						for (let file = queue.shift(); file !== undefined; file = queue.shift()) await drawCard(file);
					}),
				);
				const ms = performance.now() - started;
				logger.info(
					`${written.size} share cards drawn in ${Math.round(ms)} ms (${(ms / Math.max(1, written.size)).toFixed(1)} ms each, ${Math.round(bytes / 1024)} KB in all)`,
				);
			},
		},
	};
}
