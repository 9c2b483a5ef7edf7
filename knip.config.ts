import type { KnipConfig } from 'knip';

/** knip: no unused files, exports or dependencies. `npm run lint` runs it. */
const config: KnipConfig = {
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
		// What the Express and NestJS code samples import: the sample checks type-check and run them.
		'express',
		'@types/express',
		'@nestjs/common',
		'@nestjs/core',
		'@nestjs/platform-express',
		'class-transformer',
		'class-validator',
		'reflect-metadata',
		'rxjs',
		// Injected into each page by the accessibility sweep (read with require.resolve, which knip cannot follow).
		'axe-core',
		// Starlight runs Pagefind; the project pins it so the search tests and the build use one version.
		'pagefind',
	],
	// The pages import components (Cite): read their import lines (outside code samples) so knip sees those uses.
	compilers: {
		mdx: (text: string) =>
			[...text.replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '').matchAll(/^import\s[^\n]*$/gm)].map((match) => match[0]).join('\n'),
	},
};

export default config;
