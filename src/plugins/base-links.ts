import { defineMdastPlugin } from 'satteri';
import { withBase } from '../lib/with-base';

/**
 * A Markdown (Sätteri mdast) plugin: Markdown links written from the site root get the
 * base path, because Astro does not add it to links inside content.
 */
export function baseLinksPlugin(base: string) {
	return defineMdastPlugin({
		name: 'atlas-base-links',
		link(node, context) {
			const url = withBase(node.url, base);
			if (url !== node.url) context.setProperty(node, 'url', url);
		},
	});
}
