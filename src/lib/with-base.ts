/** The base path with its closing slash, as Astro may give it without: "/backend-atlas" → "/backend-atlas/". */
export function baseWithSlash(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Puts the site's base path in front of a root-relative link, so pages written with
 * "/languages/python/" still work when the site is hosted under "/backend-atlas/".
 * External links, relative links, anchors and links that already carry the base are left alone.
 */
export function withBase(url: string, base: string): string {
	if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
	const prefix = baseWithSlash(base);
	if (url === prefix.slice(0, -1) || url.startsWith(prefix)) return url;
	return prefix + url.slice(1);
}
