import type { KnipConfig } from 'knip';
import { mdxToMdast, type MdastNode } from 'satteri';

/** The import and export statements of an MDX page, as the MDX parser the build uses finds them. */
function mdxImports(text: string): string {
	const statements: string[] = [];
	const visit = (node: MdastNode) => {
		if (node.type === 'mdxjsEsm') statements.push(node.value);
		if ('children' in node) for (const child of node.children) visit(child as MdastNode);
	};
	visit(mdxToMdast(text));
	return statements.join('\n');
}

/** knip: no unused files, exports or dependencies. `npm run lint` runs it. */
const config: KnipConfig = {
	workspaces: {
		'.': {
			entry: [
				'src/route-data.ts',
				'src/components/**/*.astro',
				'src/pages/**/*.{astro,ts}',
				'scripts/*.ts',
				// Run as its own process by the benchmark.
				'scripts/lib/measured-build.ts',
				'tests/**/*.test.ts',
				'tests/setup/*.ts',
				'content/**/*.mdx',
			],
			project: ['content/**/*.mdx', 'src/**/*.{ts,astro}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{js,mjs,ts}'],
			ignoreDependencies: [
				// Installed into scripts/bench/ by `npm run bench`, so readers who only build never download them.
				'lighthouse',
				'chrome-launcher',
				// Injected into each page by the accessibility sweep (read with require.resolve, which knip cannot follow).
				'axe-core',
				// Starlight runs Pagefind; the project pins it so the search tests and the build use one version.
				'pagefind',
			],
			// The languages' own compilers: the sample checks use them when the machine has them.
			ignoreBinaries: ['go', 'php', 'ruby'],
		},
		// The code samples (npm workspaces): each manifest must list what its code imports, and no more.
		'samples/*/*': {},
	},
	// The pages import components (Cite) and samples (?raw): knip reads their import lines.
	compilers: { mdx: mdxImports },
};

export default config;
