import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { starlightKeys } from '../../src/schemas/starlight-keys';
import type { Technology } from '../../src/lib/compare-groups';
import { validatePageData } from '../../src/lib/validate-page';
import { isTechnology } from '../../src/schemas/page';

export interface SourcePage {
	/** The page id, as Astro's glob loader makes it ("databases/index.mdx" → "databases"). */
	id: string;
	/** Path from the project root. */
	file: string;
	frontmatter: Record<string, unknown>;
	/** The Markdown after the front-matter. */
	body: string;
	/** The whole file, so that line numbers match the file's. */
	source: string;
}

export const projectRoot = join(import.meta.dirname, '..', '..');

function* walk(folder: string): Generator<string> {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith('_')) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (/\.mdx?$/.test(entry.name)) yield path;
	}
}

function pageIdOf(pathInContent: string): string {
	const id = pathInContent.replace(/\.mdx?$/, '').toLowerCase();
	return id === 'index' ? id : id.replace(/\/index$/, '');
}

/** Every page under a content folder, with its front-matter parsed the way Astro parses it. */
export function loadPages(contentDir = join(projectRoot, 'content', 'docs')): SourcePage[] {
	return [...walk(contentDir)].map((path) => {
		const source = readFileSync(path, 'utf8');
		const { frontmatter, content } = parseFrontmatter(source);
		return {
			id: pageIdOf(relative(contentDir, path).split('\\').join('/')),
			file: relative(projectRoot, path),
			frontmatter: frontmatter as Record<string, unknown>,
			body: content,
			source,
		};
	});
}

export { starlightKeys };

/** The technology pages of a content folder, validated, as the compare and export code takes them. */
export function loadTechnologies(contentDir?: string): Technology[] {
	return loadPages(contentDir).flatMap((page) => {
		const data = validatePageData(page.file, page.frontmatter, starlightKeys);
		return isTechnology(data) ? [{ id: page.id, data }] : [];
	});
}

/** The small fixture site in tests/fixtures/site. */
export const fixtureSiteDir = join(projectRoot, 'tests', 'fixtures', 'site');
