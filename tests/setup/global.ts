/**
 * Shared by every test file: one static server over the built site and one browser.
 * The build itself happens once, before vitest starts (see `npm test`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/lib/launch-browser';
import { serveStatic } from '../../scripts/serve-static';
import { normaliseBase } from '../../src/config/deploy';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The served build's URL, with the base path and a trailing slash; empty when there is no build. */
		siteUrl: string;
		/** Folder of the build the tests read. */
		distDir: string;
		/** The same site built and served under the sub-path /backend-atlas/; empty when there is no such build. */
		subpathUrl: string;
		/** The shared browser's WebSocket endpoint. */
		browserWs: string;
	}
}

export default async function setup(project: TestProject) {
	const distDir = join(import.meta.dirname, '..', '..', 'dist');
	const served = existsSync(join(distDir, 'index.html'))
		? await serveStatic(distDir, 0, normaliseBase(process.env['BASE_PATH']))
		: undefined;
	const subpathDir = join(import.meta.dirname, '..', '..', 'dist-subpath');
	const subpath = existsSync(join(subpathDir, 'index.html')) ? await serveStatic(subpathDir, 0, '/backend-atlas/') : undefined;
	const browser = await launchBrowserServer();
	project.provide('siteUrl', served?.url ?? '');
	project.provide('distDir', distDir);
	project.provide('browserWs', browser.wsEndpoint());
	project.provide('subpathUrl', subpath?.url ?? '');
	return async () => {
		await browser.close();
		for (const server of [served?.server, subpath?.server]) await new Promise((done) => server?.close(done) ?? done(undefined));
	};
}
