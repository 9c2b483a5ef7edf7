// Ad-hoc screenshots (not committed): node scripts/shot.ts <dist> <out-prefix> <path> [path…]
import { join, resolve } from 'node:path';
import { serveStatic } from './serve-static.ts';
import { launchBrowser } from './lib/launch-browser.ts';
const root = resolve(import.meta.dirname, '..');
const [dist, prefix, ...paths] = process.argv.slice(2);
const server = await serveStatic(join(root, dist!), 0, '/');
const { browser, close } = await launchBrowser();
for (const path of paths) for (const [w, h] of [[1280, 900], [375, 800]] as const) for (const scheme of ['light', 'dark'] as const) {
	const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
	await page.goto(new URL(path, server.url).href);
	await page.waitForLoadState('networkidle');
	const hash = path.includes('#');
	await page.screenshot({ path: `${prefix}-${path.replace(/[^a-z0-9]+/gi, '_')}-${w}-${scheme}.png`, fullPage: !hash && h === 800 ? false : false });
	await page.close();
}
await close(); server.server.close();
