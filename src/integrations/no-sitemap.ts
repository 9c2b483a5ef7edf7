import type { AstroIntegration } from 'astro';

/**
 * Takes the place of @astrojs/sitemap in a build without SITE_URL. A sitemap lists absolute
 * URLs, so it needs the site's address; Starlight adds the sitemap integration only when none
 * is configured, and that integration would warn and skip on every local build. This one says
 * once, at info level, what to set.
 */
export function noSitemapWithoutSite(): AstroIntegration {
	return {
		name: '@astrojs/sitemap',
		hooks: {
			'astro:build:done': ({ logger }) => {
				logger.info('No sitemap: SITE_URL is not set (set it when you build for a real host; see README, "Deploying").');
			},
		},
	};
}
