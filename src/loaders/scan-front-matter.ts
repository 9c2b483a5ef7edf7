import { readFileSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { SidebarPage } from '../lib/sidebar-items';

/**
 * What the sidebar needs from every page, read from the files when the config loads (before
 * the content layer runs, which is why it cannot come from the collection).
 */
export function scanPages(contentDir: string): SidebarPage[] {
	return globSync('**/[!_]*.{md,mdx}', { cwd: contentDir }).map((file) => {
		// Invalid YAML is the content loader's to report, naming the file; here the page is listed
		// under its id so that loading the config never fails on a page's front-matter.
		let frontmatter: Record<string, unknown> = {};
		try {
			frontmatter = parseFrontmatter(readFileSync(join(contentDir, file), 'utf8')).frontmatter;
		} catch {
			// reported by the loader
		}
		const id = file
			.split('\\')
			.join('/')
			.replace(/\.mdx?$/, '')
			.replace(/\/index$/, '')
			.toLowerCase();
		const sidebar = (frontmatter['sidebar'] ?? {}) as { order?: number; hidden?: boolean };
		return {
			id,
			title: String(frontmatter['title'] ?? id),
			order: sidebar.order,
			hidden: sidebar.hidden,
			kind: typeof frontmatter['kind'] === 'string' ? frontmatter['kind'] : undefined,
		};
	});
}
