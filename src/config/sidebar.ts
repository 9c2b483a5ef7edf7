import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir';

/**
 * The sidebar: the sections of the content brief. A group whose folder has no pages yet
 * is left out rather than shown empty. Generated pages (compare pairs) are not listed here,
 * so the sidebar's size does not grow with the number of pairs.
 */
type Item = { label: string; items: Array<Item | { autogenerate: { directory: string } }> } | { label: string; link: string };

const hasPages = (directory: string) => {
	const folder = join(contentDir, directory);
	return existsSync(folder) && readdirSync(folder).some((name) => /^[^_].*\.mdx?$/.test(name));
};

const folder = (label: string, directory: string): Item[] =>
	hasPages(directory) ? [{ label, items: [{ autogenerate: { directory } }] }] : [];

const group = (label: string, items: Item[]): Item[] => (items.length ? [{ label, items }] : []);

const page = (label: string, id: string): Item[] =>
	existsSync(join(contentDir, `${id}.mdx`)) ? [{ label, link: `/${id}/` }] : [];

export const sidebar: Item[] = [
	...folder('Start here', 'start-here'),
	...group('Languages and frameworks', [
		...folder('Languages', 'languages'),
		...folder('Runtimes', 'runtimes'),
		...folder('Frameworks', 'frameworks'),
	]),
	...group('Tools', [
		...folder('Databases', 'databases'),
		...folder('APIs', 'apis'),
		...folder('Version control', 'version-control'),
		...folder('Cloud', 'cloud'),
		...folder('Deploying and scaling', 'deploying'),
	]),
	...page('Glossary', 'glossary'),
	...page('What next', 'what-next'),
];
