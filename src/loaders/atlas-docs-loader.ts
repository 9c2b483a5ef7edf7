import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, formatContentIssues, type ContentIssue } from '../lib/content-errors';
import { pageConflicts } from '../lib/page-conflicts';
import { brokenReferences, type PageRefs } from '../lib/references';
import { validatePageData } from '../lib/validate-page';

interface Options {
	/** Folder of the MDX pages, relative to the project root. */
	base: string;
	/** Front-matter keys that belong to Starlight's schema rather than ours. */
	starlightKeys: ReadonlySet<string>;
}

/**
 * Astro's glob loader for the guide's pages, with checks that fail the build: each page's
 * front-matter against the guide's schema, two files for one page (`x.md` beside `x.mdx`), and,
 * once every page is loaded, references to other pages, shared titles and aliases, and pages
 * outside their kind's folder. Every problem of every page is reported in one error.
 */
export function atlasDocsLoader({ base, starlightKeys }: Options): Loader {
	const inner = glob({ base, pattern: '**/[^_]*.{md,mdx}' });
	return {
		name: 'atlas-docs-loader',
		async load(context) {
			const root = context.config.root.pathname;
			const problems = new Map<string, ContentIssue[] | string>();
			const fileOf = new Map<string, string>();
			await inner.load({
				...context,
				parseData: async (props) => {
					const file = props.filePath ? relative(root, props.filePath) : props.id;
					const other = fileOf.get(props.id);
					if (other && other !== file) {
						problems.set(file, [
							{ field: '(file)', expected: `expected one file per page, but ${other} is the same page (${props.id}): keep one` },
						]);
					}
					fileOf.set(props.id, file);
					try {
						validatePageData(file, props.data, starlightKeys);
					} catch (error) {
						if (!(error instanceof ContentError)) throw error;
						problems.set(file, error.message);
						return props.data; // reported below, with every other page's problems
					}
					return context.parseData(props);
				},
			});
			const entries = [...context.store.values()].filter((entry) => !problems.has(fileOf.get(entry.id) ?? ''));
			const kinds = new Map(entries.map((entry) => [entry.id, String(entry.data['kind'])]));
			for (const entry of entries) {
				const issues = brokenReferences({ ...(entry.data as Omit<PageRefs, 'id'>), id: entry.id }, kinds);
				if (issues.length) problems.set(fileOf.get(entry.id) ?? entry.id, issues);
			}
			const identities = entries.map((entry) => ({
				id: entry.id,
				file: fileOf.get(entry.id) ?? entry.id,
				kind: String(entry.data['kind']),
				title: String(entry.data['title']),
				aliases: entry.data['aliases'] as string[] | undefined,
			}));
			for (const [file, issues] of pageConflicts(identities)) {
				const before = problems.get(file);
				problems.set(file, [...(Array.isArray(before) ? before : []), ...issues]);
			}
			if (problems.size === 0) return;
			const messages = [...problems]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([file, issues]) => (typeof issues === 'string' ? issues : formatContentIssues(file, issues)));
			const noun = problems.size === 1 ? 'page has' : 'pages have';
			throw new ContentError(`${problems.size} ${noun} problems to fix:\n${messages.join('\n')}`);
		},
	};
}
