import { globSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError, formatContentIssues, type ContentIssue } from '../lib/content-errors';
import { pageConflicts } from '../lib/page-conflicts';
import { brokenReferences, type PageRefs } from '../lib/references';
import { validatePageData } from '../lib/validate-page';
import { pathProblems } from '../lib/learning-path';
import { pathInputOf } from '../lib/path-input';

interface Options {
	/** Folder of the MDX pages, relative to the project root. */
	base: string;
	/** Front-matter keys that belong to Starlight's schema rather than ours. */
	starlightKeys: ReadonlySet<string>;
}

/**
 * Astro's glob loader for the guide's pages, with checks that fail the build: each page's
 * front-matter against the guide's schema, two files for one page (`x.md` beside `x.mdx`), and,
 * once every page is loaded, references to other pages, the learning path's rules, shared titles
 * and aliases, and pages outside their kind's folder. Every problem of every page is reported in one error.
 */
const pattern = '**/[^_]*.{md,mdx}';

/** The page id a file gets ("databases/index.mdx" → "databases"), to find two files for one page. */
const idOf = (path: string) =>
	path
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();

export function atlasDocsLoader({ base, starlightKeys }: Options): Loader {
	return {
		name: 'atlas-docs-loader',
		async load(context) {
			const root = context.config.root.pathname;
			const problems = new Map<string, ContentIssue[] | string>();
			const fileOf = new Map<string, string>();
			// Two files for one page (x.md beside x.mdx): report the second and leave it out of the
			// load, so that it is reported together with every other page's problems.
			const folder = resolve(root, base);
			const firstFor = new Map<string, string>();
			const extra: string[] = [];
			for (const path of globSync(pattern, { cwd: folder }).sort()) {
				const first = firstFor.get(idOf(path));
				if (!first) firstFor.set(idOf(path), path);
				else {
					extra.push(path);
					const expected = `expected one file per page, but ${relative(root, join(folder, first))} is the same page ("${idOf(path)}"): keep one`;
					problems.set(relative(root, join(folder, path)), [{ field: '(file)', expected }]);
				}
			}
			const inner = glob({ base, pattern: [pattern, ...extra.map((path) => `!${path}`)] });
			await inner.load({
				...context,
				parseData: async (props) => {
					const file = props.filePath ? relative(root, props.filePath) : props.id;
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
				const issues = brokenReferences({ ...(entry.data as unknown as PageRefs), id: entry.id }, kinds);
				if (issues.length) problems.set(fileOf.get(entry.id) ?? entry.id, issues);
			}
			// The learning path: minutes, stages, pages nothing leads to, prerequisite cycles.
			const onPath = pathProblems(
				entries.map((entry) => pathInputOf(entry.id, entry.data as unknown as Parameters<typeof pathInputOf>[1])),
			);
			for (const [id, issues] of onPath) {
				const file = fileOf.get(id) ?? id;
				const before = problems.get(file);
				problems.set(file, [...(Array.isArray(before) ? before : []), ...issues]);
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
