// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebar } from './src/config/sidebar.ts';
import { siteUrl, basePath, editBaseUrl } from './src/config/deploy.ts';
import { contentDir } from './src/config/content-dir.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import { searchRanking } from './src/config/search-ranking.ts';
import { linksValidator } from './src/integrations/links-validator.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentSecurityPolicy } from './src/config/csp-policy.ts';
import { noSitemapWithoutSite } from './src/integrations/no-sitemap.ts';
import { guidePdf } from './src/integrations/guide-pdf.ts';
import { shareCards } from './src/integrations/share-cards/index.ts';
import { siteTitle, siteDescription } from './src/config/site.ts';
import { offline } from './src/integrations/offline.ts';

export default defineConfig({
	// A separate cache lets the tests build fixture sites without touching the main build's cache.
	...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
	...(siteUrl ? { site: siteUrl } : {}),
	base: basePath,
	trailingSlash: 'always',
	// A page whose URL a generated route (/compare/…, /data/…) also claims stops the build
	// rather than being dropped with a warning.
	prerenderConflictBehavior: 'error',
	security: { csp: contentSecurityPolicy },
	markdown: {
		processor: satteri({ mdastPlugins: [baseLinksPlugin(basePath)] }),
		// Code blocks are highlighted by Starlight's Expressive Code; Astro's own Shiki pass is not
		// used, and leaving it on only makes Astro warn that Shiki's inline styles clash with CSP.
		syntaxHighlight: false,
	},
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Harmless: Astro marks every MDX module with the directive "use astro:head-inject",
					// and the bundler warns once per page that it may drop it; Astro reads it before
					// bundling (upstream: withastro/astro#18087). Every other warning still prints.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		// Without SITE_URL there are no absolute URLs to list, so no sitemap: this stands in for
		// @astrojs/sitemap (Starlight adds its own only when none is present) and says so once.
		...(siteUrl ? [] : [noSitemapWithoutSite()]),
		starlight({
			title: siteTitle,
			description: siteDescription,
			// The logo sits beside the visible site name, so it is decorative (empty alt).
			logo: { src: './src/assets/logo.svg', alt: '' },
			// Long code lines wrap instead of scrolling sideways: readable on a phone, and no
			// unnamed scrollable regions for keyboard users.
			// Shiki has no Caddyfile grammar: Caddyfile blocks are shown as plain text, without a warning.
			favicon: '/favicon.svg',
			editLink: editBaseUrl ? { baseUrl: editBaseUrl } : {},
			markdown: { processedDirs: [contentDir] },
			// flow-diagram.css and whats-new.css are global rather than their components' own <style>: Vite
			// inlines a stylesheet that small into the page, and Astro's CSP leaves such a <style> out of
			// style-src, so the browser would block it (or, hashed, its hash would join every page's policy).
			customCss: ['./src/styles/atlas.css', './src/styles/flow-diagram.css', './src/styles/whats-new.css', './src/styles/print.css'],
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
				Footer: './src/components/overrides/Footer.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
			},
		}),
		// A share card (Open Graph image) for every page, drawn after the pages are built.
		shareCards({ logo: './src/assets/logo.svg', guideName: siteTitle }),
		securityHeaders(),
		// Then it prints the pages as they ship (Pagefind's index and the CSP hashes done), then adds
		// the PDF's link to the home page, which changes no script or style, so no hash. ATLAS_PDF=0 skips it.
		guidePdf(),
		// Last of all: its build:done hook runs after Starlight's (Pagefind writes /pagefind/), the CSP step
		// (which rewrites every page) and the PDF step (which links the PDF from the home page), so the
		// service worker's version hashes the files as deployed. Builds of other content folders
		// (fixtures, benchmark) have no offline page, and no worker.
		offline({ siteTitle, offlinePage: 'offline/', required: !process.env.ATLAS_CONTENT_DIR }),
	],
});
