import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
	/** Path of the page under dist/, e.g. "languages/python/index.html". */
	file: string;
	/** The page's route, e.g. "languages/python" ("" for the home page). */
	route: string;
	html: string;
	dom: HTMLElement;
}

function* htmlFiles(folder: string): Generator<string> {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the build, parsed. */
export function builtPages(): BuiltPage[] {
	const dist = inject('distDir');
	cache ??= [...htmlFiles(dist)].map((path) => {
		const file = relative(dist, path).split('\\').join('/');
		const html = readFileSync(path, 'utf8');
		return { file, route: file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''), html, dom: parse(html) };
	});
	return cache;
}

export function builtPage(route: string): BuiltPage {
	const page = builtPages().find((candidate) => candidate.route === route);
	if (!page) throw new Error(`The build has no page for "${route}"`);
	return page;
}
