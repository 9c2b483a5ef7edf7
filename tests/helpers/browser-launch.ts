import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';

/**
 * Starts the headless Chromium that ships inside the @sparticuz/chromium npm package,
 * so `npm test` needs no system browser. The extra flags keep Chromium from reaching
 * for the network on its own (this machine, like CI, has no internet).
 */
export async function launchBrowserServer() {
	return playwright.launchServer({
		executablePath: await chromium.executablePath(),
		args: [
			...chromium.args,
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
		headless: true,
	});
}
