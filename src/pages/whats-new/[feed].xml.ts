import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { pageHref } from '../../lib/page-href';
import { searchMeta } from '../../lib/search-meta';
import { changesOf, feedDescription, feedFile, feedName, feedOptions, feedTitle, whatsNewPage } from '../../lib/whats-new';
import { loadDatedPages } from '../../queries/collection';

/*
 * Generated file: /whats-new/rss.xml, the RSS 2.0 feed of What's new. A feed needs absolute
 * addresses, so it is written only when the site's address is known (SITE_URL, see README,
 * "Deploying"); without it there is no feed and the What's new page does not mention one.
 * The file name is a route parameter only so that the route can build nothing.
 */
export function getStaticPaths() {
	return import.meta.env.SITE ? [{ params: { feed: feedName } }] : [];
}

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('the feed needs the address of the site: set SITE_URL');
	const base = import.meta.env.BASE_URL;
	const absolute = (href: string) => new URL(href, site).href;
	const entries = changesOf(await loadDatedPages(), {
		hrefOf: (id) => pageHref(base, id),
		kindLabel: (id, kind) => searchMeta.label(id, kind),
	});
	return rss(
		feedOptions(entries, {
			title: feedTitle,
			description: feedDescription,
			pageUrl: absolute(pageHref(base, whatsNewPage)),
			feedUrl: absolute(`${base}${feedFile}`),
			absolute,
		}),
	);
};
