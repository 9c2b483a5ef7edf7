import { baseWithSlash } from './with-base';

/** The URL of a page from its id, under the site's base path: "languages/python" → "/base/languages/python/". */
export function pageHref(base: string, id: string): string {
	const prefix = baseWithSlash(base);
	return id === 'index' || id === '' ? prefix : `${prefix}${id}/`;
}
