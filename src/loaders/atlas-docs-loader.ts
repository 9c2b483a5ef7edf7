import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, formatContentIssues } from '../lib/content-errors';
import { brokenReferences, type PageRefs } from '../lib/references';
import { validatePageData } from '../lib/validate-page';

interface Options {
	/** Folder of the MDX pages, relative to the project root. */
	base: string;
	/** Front-matter keys that belong to Starlight's schema rather than ours. */
	starlightKeys: ReadonlySet<string>;
}

/**
 * Astro's glob loader for the guide's pages, with two checks that fail the build:
 * each page's front-matter is validated with a message naming the file, and once all pages
 * are loaded every reference (related pages, prerequisites, a framework's language) must resolve.
 */
export function atlasDocsLoader({ base, starlightKeys }: Options): Loader {
	const inner = glob({ base, pattern: '**/[^_]*.{md,mdx}' });
	return {
		name: 'atlas-docs-loader',
		async load(context) {
			const root = context.config.root.pathname;
			await inner.load({
				...context,
				parseData: async (props) => {
					validatePageData(props.filePath ? relative(root, props.filePath) : props.id, props.data, starlightKeys);
					return context.parseData(props);
				},
			});
			const entries = [...context.store.values()];
			const kinds = new Map(entries.map((entry) => [entry.id, String(entry.data['kind'])]));
			const problems = entries.flatMap((entry) => {
				const issues = brokenReferences({ ...(entry.data as Omit<PageRefs, 'id'>), id: entry.id }, kinds);
				return issues.length ? [formatContentIssues(entry.filePath ?? entry.id, issues)] : [];
			});
			if (problems.length) throw new ContentError(problems.join('\n'));
		},
	};
}
