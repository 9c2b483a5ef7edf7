import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir';
import { groups } from '../lib/compare-groups';

/**
 * The sidebar: the sections of the content brief. A group whose folder has no pages yet
 * is left out rather than shown empty. Generated pages (compare pairs) are not listed here,
 * so the sidebar's size does not grow with the number of pairs.
 */
type Item =
	| { label: string; items: Array<Item | { autogenerate: { directory: string } }> }
	| { label: string; link: string };

const hasPages = (directory: string) => {
	const folder = join(contentDir, directory);
	return existsSync(folder) && readdirSync(folder).some((name) => /^[^_].*\.mdx?$/.test(name));
};

const folder = (label: string, directory: string): Item[] =>
	hasPages(directory) ? [{ label, items: [{ autogenerate: { directory } }] }] : [];

const group = (label: string, items: Item[]): Item[] => (items.length ? [{ label, items }] : []);

const page = (label: string, id: string): Item[] =>
	existsSync(join(contentDir, `${id}.mdx`)) ? [{ label, link: `/${id}/` }] : [];

/** How many pages of each kind there are, read from the front-matter's `kind:` line. */
function countKinds(folder: string, counts = new Map<string, number>()): Map<string, number> {
	if (!existsSync(folder)) return counts;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) countKinds(path, counts);
		else if (/^[^_].*\.mdx?$/.test(entry.name)) {
			const kind = /^kind:\s*([\w-]+)/m.exec(readFileSync(path, 'utf8'))?.[1];
			if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
		}
	}
	return counts;
}

/** The Compare section: every group table with two or more members (as /compare/ builds them). */
function compareSection(): Item[] {
	const counts = countKinds(contentDir);
	const tables = groups
		.filter((group) => (counts.get(group.kind) ?? 0) >= 2)
		.map((group) => ({ label: group.title, link: `/compare/${group.slug}/` }));
	return tables.length ? [{ label: 'Compare', items: [{ label: 'All comparisons', link: '/compare/' }, ...tables] }] : [];
}

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
	...compareSection(),
	...page('Glossary', 'glossary'),
	...page('What to learn next', 'what-next'),
];
