/**
 * The sidebar's entries for one section folder, from the pages in it. Starlight's own
 * `autogenerate` only looks in src/content/docs, so the guide lists its pages itself.
 */
export interface SidebarPage {
	/** Page id, e.g. "languages/python"; a folder's overview page has the folder's id ("databases"). */
	id: string;
	title: string;
	/** `sidebar.order` from front-matter: lower comes first; pages without one follow, by title. */
	order?: number | undefined;
	/** `sidebar.hidden` from front-matter. */
	hidden?: boolean | undefined;
}

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
