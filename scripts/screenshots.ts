/**
 * Screenshots of built pages as a reader sees them: 1280 and 375 px wide, light and dark.
 *   npm run screenshots -- <out-folder> <path> [path…]      (paths relative to the site, e.g. concepts/http/)
 * Serves ./dist (build first); a path may end in #anchor to shoot that part of the page.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from './serve-static.ts';
import { launchBrowser } from './lib/launch-browser.ts';

const root = resolve(import.meta.dirname, '..');
const [outFolder, ...paths] = process.argv.slice(2);
if (!outFolder || paths.length === 0) {
	console.error('usage: npm run screenshots -- <out-folder> <path> [path…]');
	process.exit(2);
}
mkdirSync(outFolder, { recursive: true });
const server = await serveStatic(join(root, 'dist'), 0, '/');
const { browser, close } = await launchBrowser();
try {
	for (const path of paths)
		for (const [width, height] of [
			[1280, 900],
			[375, 800],
		] as const)
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await browser.newPage({ viewport: { width, height }, colorScheme });
				await page.goto(new URL(path, server.url).href);
				await page.waitForLoadState('networkidle');
				const file = join(outFolder, `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${colorScheme}.png`);
				await page.screenshot({ path: file });
				console.log(file);
				await page.close();
			}
} finally {
	await close();
	server.server.close();
}
