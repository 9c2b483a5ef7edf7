import { kindRegistry, type KindRegistry } from '../kinds/registry';
import { compareGroupsOf } from './compare-groups';
import { guideSections } from '../kinds/sections';
import { learningPathPage } from './learning-path';
import { whatsNewPage, whatsNewTitle } from './whats-new';

/**
 * The sidebar, built from the pages and the kind registry: Start here, then each kind's
 * section (grouped as the registry says), the comparison tables, then single pages. A section
 * with no pages is left out rather than shown empty. Generated pages (compare pairs) are not
 * listed, so the sidebar's size does not grow with the number of pairs. Starlight's own
 * `autogenerate` only looks in src/content/docs, so the guide lists its pages itself.
 */
export interface SidebarPage {
	/** Page id, e.g. "languages/python"; a folder's overview page has the folder's id ("databases"). */
	id: string;
	title: string;
	/** The page's kind, from its front-matter. */
	kind?: string | undefined;
	/** `sidebar.order` from front-matter: lower comes first; pages without one follow, by title. */
	order?: number | undefined;
	/** `sidebar.hidden` from front-matter. */
	hidden?: boolean | undefined;
}

export type SidebarItem = { label: string; items: SidebarItem[]; collapsed?: boolean } | { label: string; link: string } | { slug: string };

/**
 * Above this many pages a section lists only its overview page: the sidebar is drawn on every
 * page, so a list that grows with the content would make every page heavier (search and the
 * overview still reach every page).
 */
export const maxListedPages = 50;

/** The pages of `folder`, in sidebar order, as Starlight slug items. */
export function sectionItems(pages: readonly SidebarPage[], folder: string): Array<{ slug: string }> {
	const inFolder = pages.filter((page) => !page.hidden && (page.id === folder || page.id.startsWith(`${folder}/`)));
	const listed = inFolder.length > maxListedPages ? inFolder.filter((page) => page.id === folder) : inFolder;
	return [...listed]
		.sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title, 'en'))
		.map((page) => ({ slug: page.id }));
}

/** The learning path page's sidebar entry. */
const learningPathLink = { label: 'Your learning path', link: `/${learningPathPage}/` } as const;

/** Single pages listed at the end of the sidebar, when they exist. */
const trailingPages = ['glossary', 'what-next', 'about/facts'];

/** What's new (src/pages/whats-new/), last: the pages added and reviewed, newest first. */
const whatsNewLink = { label: whatsNewTitle, link: `/${whatsNewPage}/` } as const;

export function sidebarOf(pages: readonly SidebarPage[], registry: KindRegistry = kindRegistry): SidebarItem[] {
	const section = (label: string, folder: string, collapsed = true): SidebarItem[] => {
		const items = sectionItems(pages, folder);
		return items.length ? [{ label, items, collapsed }] : [];
	};
	// Each kind's section, inside its group when it has one; groups keep the order of their first kind.
	const top: Array<SidebarItem & { items?: SidebarItem[] }> = [];
	const byGroup = new Map<string, SidebarItem[]>();
	for (const kind of [...Object.values(registry.prose), ...Object.values(registry.technology)]) {
		if (!kind.folder || !kind.sidebar) continue;
		const items = section(kind.sidebar.label, kind.folder);
		const group = kind.sidebar.group;
		if (!group) top.push(...items);
		else if (byGroup.has(group)) byGroup.get(group)?.push(...items);
		else {
			const members = [...items];
			byGroup.set(group, members);
			top.push({ label: group, items: members });
		}
	}
	const kindSections = top.filter((item) => !('items' in item) || item.items.length > 0);
	const count = (kind: string) => pages.filter((page) => page.kind === kind).length;
	const tables = compareGroupsOf(registry)
		.filter((group) => count(group.kind) >= 2)
		.map((group) => ({ label: group.title, link: `/compare/${group.slug}/` }));
	const compareLabel = guideSections.find((entry) => entry.folder === 'compare')?.label ?? 'Compare';
	const startHere = guideSections.find((entry) => entry.folder === 'start-here');
	const startItems = startHere ? sectionItems(pages, startHere.folder) : [];
	return [
		// Start here, ending with the learning path page (src/pages/learning-path), which orders everything else.
		...(startItems.length ? [{ label: startHere?.label ?? '', items: [...startItems, learningPathLink], collapsed: false }] : []),
		...kindSections,
		...(tables.length ? [{ label: compareLabel, items: [{ label: 'All comparisons', link: '/compare/' }, ...tables] }] : []),
		...trailingPages.filter((id) => pages.some((page) => page.id === id)).map((id) => ({ slug: id })),
		whatsNewLink,
	];
}
