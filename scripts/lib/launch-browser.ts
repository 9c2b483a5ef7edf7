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
		// Not chromium.args: those are tuned for AWS Lambda (single process, web security off),
		// which would hide CSP problems and crash when a test closes its context.
		args: [
			'--no-sandbox',
			'--disable-setuid-sandbox',
			'--disable-gpu',

			'--font-render-hinting=none',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
		headless: true,
	});
}

/** The same browser, launched in this process (for scripts rather than the test runner). */
export async function launchBrowser() {
	const server = await launchBrowserServer();
	const browser = await playwright.connect(server.wsEndpoint());
	return {
		browser,
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}
