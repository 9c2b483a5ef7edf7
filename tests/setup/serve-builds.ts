/**
 * Serves the builds the `site` and `e2e` tiers read: dist/ at the root and dist-subpath/
 * under /backend-atlas/, each with the plain static server in scripts/. A missing build
 * fails here, once, with the command that makes it.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The served root build's URL, with a trailing slash. */
		siteUrl: string;
		/** Folder of the root build. */
		distDir: string;
		/** The same site built and served under the sub-path /backend-atlas/. */
		subpathUrl: string;
		/** The shared browser's WebSocket endpoint (e2e tier only). */
		browserWs: string;
	}
}

const root = join(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject) {
	const distDir = join(root, 'dist');
	const subpathDir = join(root, 'dist-subpath');
	for (const dir of [distDir, subpathDir, join(root, 'dist-repeat')]) {
		if (!existsSync(join(dir, 'index.html'))) {
			throw new Error(`No build in ${dir}: run \`npm run build:test\` first (\`npm test\` does it for you).`);
		}
	}
	const served = await serveStatic(distDir, 0, '/');
	const subpath = await serveStatic(subpathDir, 0, '/backend-atlas/');
	project.provide('siteUrl', served.url);
	project.provide('distDir', distDir);
	project.provide('subpathUrl', subpath.url);
	return async () => {
		const close = (server: Server) => new Promise((done) => server.close(done));
		await Promise.all([close(served.server), close(subpath.server)]);
	};
}
