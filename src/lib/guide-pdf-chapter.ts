import { parse, type HTMLElement } from 'node-html-parser';
import { anchorId, pdfHref, readingOrder, siteTarget, type LinkContext } from './guide-pdf';

/*
 * One built page as a chapter of the whole-guide PDF: its title and article (not the site's
 * chrome, scripts or footer), every id prefixed with the chapter's so that chapters never share
 * one, every link rewritten for the PDF (src/lib/guide-pdf.ts pdfHref), and the tabs of a code
 * sample opened one after another, each under its label, since paper cannot switch tabs.
 */

export interface Chapter {
	route: string;
	title: string;
	html: string;
	/** The newest day any source of the chapter was checked (its facts box and citations), if it has sources. */
	newestChecked?: string | undefined;
}

/** Attributes that name other elements by id, as a space-separated list. */
const idListAttributes = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers'];

export function pageChapter(pageHtml: string, context: LinkContext): Chapter {
	const main = parse(pageHtml).querySelector('main');
	const title = main?.querySelector('h1');
	const content = main?.querySelector('.sl-markdown-content');
	if (!main || !title || !content)
		throw new Error(`${context.route || 'home'}: no <main> with an <h1> and the article (.sl-markdown-content) to put in the PDF`);
	for (const part of [title, content]) {
		for (const script of part.querySelectorAll('script')) script.remove();
		openTabs(part);
		prefixIds(part, context.route);
		rewriteLinks(part, context);
	}
	const checked = content
		.querySelectorAll('.atlas-facts time, .atlas-cite time')
		.map((time) => time.getAttribute('datetime') ?? '')
		.filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))
		.sort();
	return {
		route: context.route,
		title: title.textContent.trim(),
		html: `<article class="guide-chapter">${title.outerHTML}${content.outerHTML}</article>`,
		newestChecked: checked.at(-1),
	};
}

/** Each tab panel shown after its label; the tab strip removed. */
function openTabs(part: HTMLElement) {
	for (const tabs of part.querySelectorAll('starlight-tabs')) {
		const labels = new Map(tabs.querySelectorAll('[role="tab"]').map((tab) => [tab.id, tab.textContent.trim()]));
		for (const panel of tabs.querySelectorAll('[role="tabpanel"]')) {
			panel.removeAttribute('hidden');
			const label = labels.get(panel.getAttribute('aria-labelledby') ?? '');
			if (label) panel.insertAdjacentHTML('afterbegin', `<p class="guide-tab-label">${escapeText(label)}</p>`);
			panel.removeAttribute('aria-labelledby');
			panel.removeAttribute('role');
		}
		for (const strip of tabs.querySelectorAll('.tablist-wrapper, starlight-tabs-restore')) strip.remove();
	}
}

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function prefixIds(part: HTMLElement, route: string) {
	const elements = [part, ...part.querySelectorAll('*')];
	for (const element of elements) {
		if (element.id) element.setAttribute('id', anchorId(route, element.id));
		for (const name of idListAttributes) {
			const value = element.getAttribute(name);
			if (value)
				element.setAttribute(
					name,
					value
						.split(/\s+/)
						.filter(Boolean)
						.map((id) => anchorId(route, id))
						.join(' '),
				);
		}
		for (const [name, value] of Object.entries(element.attributes)) {
			if (value.includes('url(#'))
				element.setAttribute(
					name,
					value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${anchorId(route, id)})`),
				);
		}
	}
}

function rewriteLinks(part: HTMLElement, context: LinkContext) {
	for (const link of part.querySelectorAll('[href], [xlink\\:href]')) {
		for (const name of ['href', 'xlink:href']) {
			const href = link.getAttribute(name);
			if (href === undefined) continue;
			const target = pdfHref(href, context);
			if (target !== undefined) link.setAttribute(name, target);
			else if (link.tagName === 'A') link.replaceWith(link.innerHTML);
			else link.removeAttribute(name);
		}
	}
}

/** The stylesheets a page loads (its <link rel="stylesheet"> and <style> elements), in order, as HTML. */
export function pageStyles(pageHtml: string): string[] {
	const head = parse(pageHtml).querySelector('head');
	return (head?.querySelectorAll('link[rel="stylesheet"], style') ?? []).map((element) => element.outerHTML);
}

/** A chapter-to-be: a page's route and the part of the contents it is listed under. */
export interface ListedPage {
	route: string;
	part: string;
}

/**
 * The pages of the PDF in reading order, read from the built learning path page: its ordered
 * lists (one per stage, the stage's heading naming the part), then every other page of its
 * sidebar, under the sidebar group it sits in ("Reference" for a page at the top level).
 * The learning path page itself and the home page are left out: the PDF's contents and cover
 * take their places.
 */
export function readingList(learningPathHtml: string, learningPathRoute: string, base: string): ListedPage[] {
	const root = parse(learningPathHtml);
	const routeOf = (href: string | undefined) => siteTarget(href ?? '', learningPathRoute, base);
	const onPath: ListedPage[] = [];
	for (const list of root.querySelectorAll('main ol.path-list')) {
		const part = (list.parentNode?.querySelector('h2, h3')?.textContent ?? '').trim().replace(/^\d+\.\s*/, '');
		for (const link of list.querySelectorAll('a')) {
			const target = routeOf(link.getAttribute('href'));
			if (target?.isPage) onPath.push({ route: target.route, part });
		}
	}
	if (onPath.length === 0) throw new Error(`${learningPathRoute}: no learning path (ol.path-list) to order the PDF's chapters by`);
	const inSidebar: ListedPage[] = [];
	const top = root.querySelector('#starlight__sidebar ul.top-level');
	for (const item of top?.childNodes ?? []) {
		if (!('tagName' in item) || (item as HTMLElement).tagName !== 'LI') continue;
		const element = item as HTMLElement;
		const part = element.querySelector('summary')?.textContent.trim() || 'Reference';
		for (const link of element.querySelectorAll('a')) {
			const target = routeOf(link.getAttribute('href'));
			if (target?.isPage) inSidebar.push({ route: target.route, part });
		}
	}
	const order = readingOrder(
		onPath.map((page) => page.route),
		inSidebar.map((page) => page.route),
		['', learningPathRoute],
	);
	const partOf = new Map([...inSidebar, ...onPath].map((page) => [page.route, page.part]));
	return order.map((route) => ({ route, part: partOf.get(route) ?? 'Reference' }));
}
