/*
 * THE WHOLE GUIDE AS ONE PDF: the plain decisions behind it, strings and lists in and out, so
 * that each can be tested without a build or a browser. The build step that uses them is
 * src/integrations/guide-pdf.ts; the rewriting of one page into a chapter is guide-pdf-chapter.ts.
 */

/** The PDF's file name in dist/ (and so its address under the site's base path). */
export const pdfFileName = 'backend-atlas.pdf';

/** The id of the cover page in the assembled document: links to the home page jump there. */
const coverId = 'guide-cover';

/** Whether this build makes the PDF, and if not, why (said once in the build's log). */
export function pdfSwitch(env: Readonly<Record<string, string | undefined>>): { make: true } | { make: false; reason: string } {
	if (env['ATLAS_CONTENT_DIR'])
		return { make: false, reason: `ATLAS_CONTENT_DIR is set (${env['ATLAS_CONTENT_DIR']}): not the guide's own pages` };
	const value = env['ATLAS_PDF'];
	if (value === undefined || value === '' || value === '1') return { make: true };
	if (value === '0') return { make: false, reason: 'ATLAS_PDF=0' };
	throw new Error(`ATLAS_PDF is "${value}": expected 0 (skip the whole-guide PDF) or 1 (make it, the default)`);
}

/**
 * The chapters in reading order: the learning path's pages as its page lists them, then every
 * other page of the sidebar in sidebar order, each once, without the pages left out.
 */
export function readingOrder(pathRoutes: readonly string[], sidebarRoutes: readonly string[], leaveOut: readonly string[]): string[] {
	const skip = new Set(leaveOut);
	const order: string[] = [];
	for (const route of [...pathRoutes, ...sidebarRoutes]) {
		if (!skip.has(route) && !order.includes(route)) order.push(route);
	}
	return order;
}

/** An address on this site, split into the page's route ("concepts/http", "" for home) and its fragment. */
export interface SiteTarget {
	route: string;
	fragment: string;
	/** True for a page's address (ends in "/" or "index.html"); false for a file such as a download. */
	isPage: boolean;
}

const here = 'http://guide.invalid';

/**
 * Where `href`, written on the page at `route`, points: a target on this site, or undefined for
 * an external address (another origin, mailto:, …). `base` is the site's base path ("/" or "/x/").
 */
export function siteTarget(href: string, route: string, base: string): SiteTarget | undefined {
	const pageUrl = `${here}${base}${route === '' ? '' : `${route}/`}`;
	let url: URL;
	try {
		url = new URL(href, pageUrl);
	} catch {
		return undefined;
	}
	if (url.origin !== here || !url.pathname.startsWith(base)) return undefined;
	const path = url.pathname.slice(base.length);
	const isPage = path === '' || path.endsWith('/') || path.endsWith('index.html');
	const routePath = path.replace(/(^|\/)index\.html$/, '').replace(/\/$/, '');
	return { route: isPage ? routePath : path, fragment: decodeURIComponent(url.hash.slice(1)), isPage };
}

/** The id of a chapter's opening in the assembled document. */
export function chapterId(route: string): string {
	return route === '' ? coverId : `ch-${route.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

/** An element id of a chapter, prefixed so that two chapters' "#cookies" never collide. Its title (#_top) is the chapter. */
export function anchorId(route: string, id: string): string {
	return id === '' || id === '_top' ? chapterId(route) : `${chapterId(route)}--${id}`;
}

export interface LinkContext {
	/** The route of the page the link is on. */
	route: string;
	/** The site's base path, "/" or "/sub/". */
	base: string;
	/** The routes that are chapters of the PDF. */
	chapters: ReadonlySet<string>;
	/** The site's origin when known (SITE_URL): links to pages outside the PDF then point at the site. */
	siteUrl?: string | undefined;
}

/**
 * The address a link gets in the PDF: a jump within the document for a page (or a heading of a
 * page) that is a chapter, the site's full address for anything else of the site when the site's
 * URL is known, the address unchanged for another site, and undefined when the link can only be
 * dropped (its text stays): a page of this site that is not in the PDF, with no site URL to send
 * the reader to.
 */
export function pdfHref(href: string, context: LinkContext): string | undefined {
	const target = siteTarget(href, context.route, context.base);
	if (!target) return href;
	if (target.isPage && (context.chapters.has(target.route) || target.route === '')) return `#${anchorId(target.route, target.fragment)}`;
	if (!context.siteUrl) return undefined;
	const path = `${context.base}${target.route}${target.isPage && target.route !== '' ? '/' : ''}`;
	return new URL(`${path}${target.fragment ? `#${encodeURIComponent(target.fragment)}` : ''}`, context.siteUrl).href;
}

/** A file size as a reader says it: "850 KB", "4.2 MB" (decimal units, as downloads are labelled). */
export function formatSize(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`formatSize: not a size in bytes: ${bytes}`);
	if (bytes < 1000) return `${bytes} bytes`;
	if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The home page's link to the PDF, filled in after the PDF is written (see fillPdfLink). */
export function pdfLinkHtml(href: string, bytes: number, pages: number): string {
	return `<p class="atlas-guide-pdf"><a href="${href}" download>Download the whole guide as a PDF</a> (${formatSize(bytes)}, ${pages} pages), to read offline or print.</p>`;
}

/** The empty element the home page carries where the link goes (src/components/GuidePdfLink.astro). */
export const pdfLinkMarker = '<p data-guide-pdf hidden></p>';

/** The home page with its marker replaced by the link; fails when the page has no marker or several. */
export function fillPdfLink(homeHtml: string, link: string): string {
	const parts = homeHtml.split(pdfLinkMarker);
	if (parts.length !== 2)
		throw new Error(`index.html: expected the PDF link's marker ${pdfLinkMarker} once, found it ${parts.length - 1} times`);
	return parts.join(link);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface TocEntry {
	route: string;
	title: string;
	/** The learning path's stage or the sidebar group the chapter belongs to, shown as a heading. */
	part: string;
}

/**
 * The table of contents: one line per chapter with its page number, grouped under its part.
 * Without page numbers (the first rendering, which finds them) each line gets a placeholder of
 * the same width, so the contents fill the same pages in both renderings.
 */
export function tocHtml(entries: readonly TocEntry[], startPages?: ReadonlyMap<string, number>): string {
	const width = String(startPages ? Math.max(...startPages.values()) : 999).length;
	const lines: string[] = [];
	let part: string | undefined;
	for (const entry of entries) {
		if (entry.part !== part) {
			if (part !== undefined) lines.push('</ol>');
			part = entry.part;
			lines.push(`<h2 class="guide-toc__part">${escapeHtml(part)}</h2><ol class="guide-toc__list">`);
		}
		const page = startPages?.get(entry.route);
		if (startPages && page === undefined) throw new Error(`tocHtml: no start page for the chapter ${entry.route}`);
		const number = page === undefined ? '0'.repeat(width) : String(page);
		lines.push(
			`<li><a href="#${chapterId(entry.route)}"><span class="guide-toc__title">${escapeHtml(entry.title)}</span><span class="guide-toc__page">${number}</span></a></li>`,
		);
	}
	if (part !== undefined) lines.push('</ol>');
	return `<nav class="guide-toc" aria-labelledby="guide-toc-title"><h1 id="guide-toc-title">Contents</h1>${lines.join('')}</nav>`;
}

export interface Cover {
	title: string;
	description: string;
	/** The newest `checked` date of any source in the chapters: what the facts are as of. */
	checkedUpTo?: string | undefined;
	pages: number;
	siteUrl?: string | undefined;
}

/** The cover: the guide's name, what it is, how current its facts are, and where it lives online. */
export function coverHtml(cover: Cover): string {
	const lines = [
		`<h1>${escapeHtml(cover.title)}</h1>`,
		`<p class="guide-cover__description">${escapeHtml(cover.description)}</p>`,
		`<p>The whole guide in one file: ${cover.pages} chapters in the order of the learning path, then the reference pages.</p>`,
	];
	if (cover.checkedUpTo) lines.push(`<p>Facts and sources as checked up to ${escapeHtml(cover.checkedUpTo)}.</p>`);
	if (cover.siteUrl)
		lines.push(
			`<p>Read it online, with search: <a href="${escapeHtml(cover.siteUrl)}" data-url-shown>${escapeHtml(cover.siteUrl)}</a></p>`,
		);
	lines.push(
		`<p class="guide-cover__licence">The guide's text is licensed under CC BY-SA 4.0 <a href="https://creativecommons.org/licenses/by-sa/4.0/" data-url-shown>https://creativecommons.org/licenses/by-sa/4.0/</a>; its code under the MIT licence.</p>`,
	);
	return `<section class="guide-cover" id="${coverId}">${lines.join('')}</section>`;
}

/**
 * Chromium stamps a PDF with the moment it was printed (/CreationDate and /ModDate), so two
 * builds of one commit would differ. Both are set to `day` (the newest source check, or the
 * first day of 2000 when there is none), written in the same number of bytes so that the
 * PDF's table of byte offsets stays right.
 */
export function stampPdfDates(pdf: Buffer, day: string | undefined): Buffer {
	const date = (day ?? '2000-01-01').replace(/-/g, '');
	if (!/^\d{8}$/.test(date)) throw new Error(`stampPdfDates: expected a day as YYYY-MM-DD, got "${day}"`);
	const text = pdf.toString('latin1');
	let stamped = 0;
	const result = text.replace(/\/(CreationDate|ModDate) \(D:([^)]*)\)/g, (_, key: string, value: string) => {
		const fixed = `${date}000000+00'00'`;
		if (fixed.length !== value.length) throw new Error(`stampPdfDates: ${key} "${value}" is not in Chromium's usual form`);
		stamped += 1;
		return `/${key} (D:${fixed})`;
	});
	if (stamped === 0) throw new Error('stampPdfDates: the PDF has no /CreationDate or /ModDate to stamp');
	return Buffer.from(result, 'latin1');
}

/**
 * A tagged PDF from Chromium names some structure elements (table headers, for their cells'
 * /Headers) after the browser's internal node numbers, "(node00001554)", which shift from one
 * run to the next. They are renumbered 0, 1, 2… in the order of the original numbers, in the
 * same width: the references stay paired, the ID tree stays sorted and no byte offset moves.
 */
export function renumberNodeIds(pdf: Buffer): Buffer {
	const text = pdf.toString('latin1');
	const pattern = /\(node(\d{8})\)/g;
	const numbers = [...new Set(Array.from(text.matchAll(pattern), (match) => match[1] ?? ''))].sort((a, b) => Number(a) - Number(b));
	const renumbered = new Map(numbers.map((number, index) => [number, String(index).padStart(8, '0')]));
	return Buffer.from(
		text.replace(pattern, (_, number: string) => `(node${renumbered.get(number)})`),
		'latin1',
	);
}
