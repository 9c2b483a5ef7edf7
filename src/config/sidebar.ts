import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentDir } from './content-dir';
import { groups } from '../lib/compare-groups';
import { sectionItems, type SidebarPage } from '../lib/sidebar-items';

/**
 * The sidebar: the sections of the content brief, each listing its pages. A section with no
 * pages is left out rather than shown empty. Generated pages (compare pairs) are not listed,
 * so the sidebar's size does not grow with the number of pairs.
 */
type Item =
	{ label: string; items: Array<Item | { slug: string }>; collapsed?: boolean } | { label: string; link: string } | { slug: string };

interface ScannedPage extends SidebarPage {
	kind?: string;
}

/** Every page of the content folder with what the sidebar needs from its front-matter. */
function scan(folder: string, pages: ScannedPage[] = []): ScannedPage[] {
	if (!existsSync(folder)) return pages;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) scan(path, pages);
		else if (/^[^_].*\.mdx?$/.test(entry.name)) {
			// Invalid YAML is the content loader's to report, naming the file; here the page is
			// listed under its id so that loading the config never fails on a page's front-matter.
			let frontmatter: Record<string, unknown> = {};
			try {
				frontmatter = parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
			} catch {
				// reported by the loader
			}
			const id = relative(contentDir, path)
				.split('\\')
				.join('/')
				.replace(/\.mdx?$/, '')
				.replace(/\/index$/, '')
				.toLowerCase();
			const sidebar = (frontmatter['sidebar'] ?? {}) as { order?: number; hidden?: boolean };
			pages.push({
				id,
				title: String(frontmatter['title'] ?? id),
				order: sidebar.order,
				hidden: sidebar.hidden,
				kind: frontmatter['kind'] as string,
			});
		}
	}
	return pages;
}

const pages = scan(contentDir);

/** A section's group; nested ones start collapsed (Starlight opens the one holding the current page). */
const section = (label: string, folder: string, collapsed = true): Item[] => {
	const items = sectionItems(pages, folder);
	return items.length ? [{ label, items, collapsed }] : [];
};

const group = (label: string, items: Item[]): Item[] => (items.length ? [{ label, items }] : []);

const page = (id: string): Item[] => (pages.some((candidate) => candidate.id === id) ? [{ slug: id }] : []);

/** The Compare section: every group table with two or more members (as /compare/ builds them). */
function compareSection(): Item[] {
	const count = (kind: string) => pages.filter((candidate) => candidate.kind === kind).length;
	const tables = groups.filter((entry) => count(entry.kind) >= 2).map((entry) => ({ label: entry.title, link: `/compare/${entry.slug}/` }));
	return tables.length ? [{ label: 'Compare', items: [{ label: 'All comparisons', link: '/compare/' }, ...tables] }] : [];
}

export const sidebar: Item[] = [
	...section('Start here', 'start-here', false),
	...group('Languages and frameworks', [
		...section('Languages', 'languages'),
		...section('Runtimes', 'runtimes'),
		...section('Frameworks', 'frameworks'),
	]),
	...group('Tools', [
		...section('Databases', 'databases'),
		...section('APIs', 'apis'),
		...section('Version control', 'version-control'),
		...section('Cloud', 'cloud'),
		...section('Deploying and scaling', 'deploying'),
	]),
	...compareSection(),
	...page('glossary'),
	...page('what-next'),
	...page('about/facts'),
];
