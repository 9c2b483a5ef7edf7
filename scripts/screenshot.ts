/**
 * Screenshots of the built site, to look at pages as a reader sees them.
 *   node scripts/screenshot.ts <out-dir> <width> <theme: light|dark> <path> [path …]
 * Serves dist/ itself (honouring BASE_PATH). Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/launch-browser.ts';
import { serveStatic } from './serve-static.ts';
import { normaliseBase } from '../src/config/deploy.ts';

const [outDir = 'screenshots', width = '1280', theme = 'light', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveStatic('dist', 0, normaliseBase(process.env['BASE_PATH']));
const { browser, close } = await launchBrowser();
const context = await browser.newContext({
	viewport: { width: Number(width), height: 900 },
	colorScheme: theme === 'dark' ? 'dark' : 'light',
});
for (const path of paths.length ? paths : ['']) {
	const page = await context.newPage();
	await page.goto(new URL(path.replace(/^\//, ''), url).href);
	const file = join(outDir, `${path.replace(/\W+/g, '_') || 'home'}-${width}-${theme}.png`);
	await page.screenshot({ path: file, fullPage: true });
	console.log(file);
	await page.close();
}
await close();
server.close();
