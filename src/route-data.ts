import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isTechnology } from './schemas/page';

/**
 * Adds the sections that the MarkdownContent override draws ("At a glance", "Related pages")
 * to the page's table of contents, so the contents list matches the page.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const { entry, toc } = context.locals.starlightRoute;
	if (!toc) return;
	const [overview, ...rest] = toc.items;
	if (!overview) return;
	const at = (slug: string, text: string) => ({ depth: 2, slug, text, children: [] });
	const before = isTechnology(entry.data) ? [at('at-a-glance', 'At a glance')] : [];
	const after = entry.data.related?.length ? [at('related-pages', 'Related pages')] : [];
	toc.items = [overview, ...before, ...rest, ...after];
});
