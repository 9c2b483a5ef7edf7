import { glob, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { rolldown } from 'rolldown';
import { buildVersion, loadedFiles, offlineList, pageCap, pageTitle } from '../lib/offline-plan';
import { listFile, workerFile, type OfflineConfig } from '../offline/policy';
import { baseWithSlash } from '../lib/with-base';

const workerSource = fileURLToPath(new URL('../offline/sw.ts', import.meta.url));

export interface OfflineOptions {
	/** The guide's name, as page titles end with it. */
	siteTitle: string;
	/** The offline page's URL path under the base ("offline/"). */
	offlinePage: string;
	/** Fail the build when the offline page is missing (false for builds of other content: no worker then). */
	required: boolean;
}

/**
 * After the build (and after Pagefind and the CSP step, which run in the integrations listed before
 * this one): writes <base>offline-pages.json, the list of pages and files "Save the whole guide"
 * fetches, and <base>sw.js, the service worker (src/offline/sw.ts) with this build's settings.
 */
export function offline(options: OfflineOptions): AstroIntegration {
	let base = '/';
	return {
		name: 'atlas-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = baseWithSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const written = await writeOfflineFiles(fileURLToPath(dir), base, options);
				logger.info(written ?? `No offline page in this build (${options.offlinePage}), so no service worker`);
			},
		},
	};
}

/**
 * Writes offline-pages.json and sw.js into the build in `root` (served under `base`); returns what it
 * wrote, or undefined when the build has no offline page and it is not required. The tests call it
 * on a changed copy of the build to serve a new deploy.
 */
export async function writeOfflineFiles(root: string, base: string, options: OfflineOptions): Promise<string | undefined> {
	const offlineFile = `${options.offlinePage}index.html`;
	const files = (await Array.fromAsync(glob('**/*', { cwd: root, withFileTypes: true })))
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
		.filter((file) => file !== workerFile && file !== listFile)
		.sort();
	if (!files.includes(offlineFile)) {
		if (options.required)
			throw new Error(
				`${join(root, offlineFile)}: expected the offline page (content/docs/offline.mdx), which the service worker shows for pages not saved`,
			);
		return undefined;
	}
	const contents = new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(root, file))] as const)));
	const text = (file: string) => contents.get(file)?.toString('utf8') ?? '';
	const titles = new Map(
		files
			.filter((file) => file.endsWith('.html'))
			.map((file) => [file, pageTitle(parse(text(file)).querySelector('title')?.text ?? '', options.siteTitle)]),
	);
	const offlinePath = base + options.offlinePage;
	const list = offlineList(files, titles, base, offlinePath);
	const listJson = `${JSON.stringify(list)}\n`;
	await writeFile(join(root, listFile), listJson);

	const built = new Map(
		files
			.filter((file) => file.startsWith('_astro/'))
			.map((file) => [file.slice('_astro/'.length), /\.m?js$/.test(file) ? text(file) : undefined]),
	);
	const worker = await bundleWorker();
	// The worker's own code counts too: a change to it alone also gives new caches.
	const versioned = [
		...files.map((path) => ({ path, content: contents.get(path) ?? new Uint8Array() })),
		{ path: listFile, content: Buffer.from(listJson) },
		{ path: workerFile, content: Buffer.from(worker) },
	];
	const config: OfflineConfig = {
		version: buildVersion(versioned),
		base,
		offlinePage: offlinePath,
		shell: [offlinePath, base + listFile, ...loadedFiles(text(offlineFile), built, base)],
		maxPages: pageCap(list.pages.length),
	};
	const source = `// Backend Atlas service worker: source in src/offline/sw.ts, written by src/integrations/offline.ts.\nconst OFFLINE_CONFIG = ${JSON.stringify(config)};\n${worker}`;
	await writeFile(join(root, workerFile), source);
	return `${workerFile} ${config.version}: ${(source.length / 1024).toFixed(1)} KB, saves ${config.shell.length} files on install; ${listFile} lists ${list.pages.length} pages and ${list.files.length} files`;
}

/** The worker's source as one classic script (service workers load no modules in every browser). */
async function bundleWorker(): Promise<string> {
	const bundle = await rolldown({ input: workerSource, platform: 'browser', logLevel: 'warn' });
	try {
		const { output } = await bundle.generate({ format: 'iife' });
		return output[0].code;
	} finally {
		await bundle.close();
	}
}
