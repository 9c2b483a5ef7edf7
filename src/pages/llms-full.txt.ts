/* Generated: /llms-full.txt, the text of every written page in reading order (src/lib/llms-txt.ts). */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { llmsFull } from '../lib/llms-txt';
import { llmsSite } from '../lib/llms-site';
import { loadLlmsPages } from '../queries/collection';

export const GET: APIRoute = async ({ site }) => {
	const pages = await loadLlmsPages();
	const files = new Map([...pages.path, ...pages.reference].map((page) => [page.id, page.file]));
	// A sample shown with <Code code={…} />: read the file the page imports, as the page shows it.
	const readImport = (page: { id: string }, path: string) =>
		readFileSync(resolve(dirname(files.get(page.id) ?? ''), path.replace(/\?raw$/, '')), 'utf8');
	return new Response(llmsFull(llmsSite(site), [...pages.path, ...pages.reference], readImport), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
