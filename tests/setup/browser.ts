/** Starts the one headless Chromium that every e2e test file connects to. */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/lib/launch-browser';

export default async function setup(project: TestProject) {
	const browser = await launchBrowserServer();
	project.provide('browserWs', browser.wsEndpoint());
	return async () => {
		await browser.close();
	};
}
