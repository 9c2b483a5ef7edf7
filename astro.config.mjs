// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebar } from './src/config/sidebar.ts';
import { siteUrl, basePath, editBaseUrl } from './src/config/deploy.ts';
import { contentDir } from './src/config/content-dir.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/config/base-links-plugin.ts';
import { searchRanking } from './src/config/search-ranking.ts';
import { linksValidator } from './src/config/links-validator.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { contentSecurityPolicy } from './src/config/csp-policy.ts';

export default defineConfig({
	// A separate cache lets the tests build fixture sites without touching the main build's cache.
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
	...(siteUrl ? { site: siteUrl } : {}),
	base: basePath,
	trailingSlash: 'always',
	security: { csp: contentSecurityPolicy },
	markdown: {
		processor: satteri({ mdastPlugins: [baseLinksPlugin(basePath)] }),
	},
	integrations: [
		starlight({
			title: 'Backend Atlas',
			description: 'A free, searchable guide to backend development: what each technology does, when to choose it, and how to start.',
			// The logo sits beside the visible site name, so it is decorative (empty alt).
			logo: { src: './src/assets/logo.svg', alt: '' },
			// Long code lines wrap instead of scrolling sideways: readable on a phone, and no
			// unnamed scrollable regions for keyboard users.
			expressiveCode: { defaultProps: { wrap: true } },
			favicon: '/favicon.svg',
			editLink: editBaseUrl ? { baseUrl: editBaseUrl } : {},
			markdown: { processedDirs: [contentDir] },
			customCss: ['./src/styles/atlas.css'],
			sidebar,
			// Every internal link and anchor in the guide's pages must resolve, or the build fails.
			// (Builds of other content folders, the test fixtures and the benchmark, skip it; the
			// crawl in tests/site checks every built link, generated pages included.)
			plugins: process.env.ATLAS_CONTENT_DIR ? [] : [linksValidator(contentDir, { exclude: ['/compare/**', '/data/**'] })],
			// Search ranking, tuned on the query set in tests/e2e/search-queries.ts (see README).
			pagefind: { ranking: searchRanking },
			routeMiddleware: './src/route-data.ts',
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
			},
		}),
		cspHashes(),
	],
});
