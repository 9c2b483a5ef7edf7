// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebar } from './src/config/sidebar.ts';
import { siteUrl, basePath, editBaseUrl } from './src/config/deploy.ts';
import { contentDir } from './src/config/content-dir.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/config/base-links-plugin.ts';
import { searchRanking } from './src/config/search-ranking.ts';

export default defineConfig({
	// A separate cache lets the tests build fixture sites without touching the main build's cache.
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
	site: siteUrl,
	base: basePath,
	trailingSlash: 'always',
	markdown: {
		processor: satteri({ mdastPlugins: [baseLinksPlugin(basePath)] }),
	},
	integrations: [
		starlight({
			title: 'Backend Atlas',
			description: 'A free, searchable guide to backend development: what each technology does, when to choose it, and how to start.',
			logo: { src: './src/assets/logo.svg', alt: 'Backend Atlas' },
			favicon: '/favicon.svg',
			editLink: editBaseUrl ? { baseUrl: editBaseUrl } : {},
			markdown: { processedDirs: [contentDir] },
			customCss: ['./src/styles/atlas.css'],
			sidebar,
			// Search ranking, tuned on the query set in tests/e2e/search-queries.ts (see README).
			pagefind: { ranking: searchRanking },
			routeMiddleware: './src/route-data.ts',
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
			},
		}),
	],
});
