import { formatDay } from '../scripts/progress-store';

/*
 * "What's new" and its RSS feed, from the days every page carries (src/schemas/review.ts):
 * each page was added on one day and last reviewed on another. Plain data in, plain data out;
 * no clock, so two builds of the same pages give the same page and the same feed.
 */

/** The page's id and address (/whats-new/), and its feed's file under it (/whats-new/rss.xml). */
export const whatsNewPage = 'whats-new';
export const feedName = 'rss';
export const feedFile = `${whatsNewPage}/${feedName}.xml`;

/** The page's title, and the feed's title and description. */
export const whatsNewTitle = "What's new";
export const feedTitle = "Backend Atlas: what's new";
export const feedDescription = 'Pages added to Backend Atlas, and pages a person has read again from top to bottom against their sources.';

export type Change = 'added' | 'reviewed';

/** The words a reader sees for each change. */
export const changeLabels: Readonly<Record<Change, string>> = { added: 'Added', reviewed: 'Reviewed' };

/** What the list needs of a page: its id, title, kind, one-sentence summary and its two days. */
export interface DatedPage {
	id: string;
	title: string;
	kind: string;
	/** The page's summary if it has one (concept pages), else its description. */
	summary: string;
	added: string;
	reviewed: string;
}

export interface ChangeEntry {
	id: string;
	change: Change;
	/** YYYY-MM-DD. */
	day: string;
	title: string;
	href: string;
	/** The kind as search labels it: "Language", "Concept", "Start here". */
	kind: string;
	summary: string;
}

export interface ChangeGroup {
	day: string;
	/** The day in words: "2 December 2026". */
	label: string;
	/** The id of the day's heading. */
	anchor: string;
	entries: ChangeEntry[];
}

interface ChangeLinks {
	hrefOf: (id: string) => string;
	kindLabel: (id: string, kind: string) => string;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Every change, newest first: one "added" entry per page, and a "reviewed" entry when the page
 * was reviewed after the day it was added (a page reviewed the day it was written is listed
 * once, as added). Within a day, additions come before reviews, each in title order.
 */
export function changesOf(pages: readonly DatedPage[], { hrefOf, kindLabel }: ChangeLinks): ChangeEntry[] {
	const entry = (page: DatedPage, change: Change): ChangeEntry => ({
		id: page.id,
		change,
		day: page[change],
		title: page.title,
		href: hrefOf(page.id),
		kind: kindLabel(page.id, page.kind),
		summary: page.summary,
	});
	const order: Record<Change, number> = { added: 0, reviewed: 1 };
	return pages
		.flatMap((page) => (page.reviewed > page.added ? [entry(page, 'added'), entry(page, 'reviewed')] : [entry(page, 'added')]))
		.sort((a, b) => byText(b.day, a.day) || order[a.change] - order[b.change] || byText(a.title, b.title) || byText(a.id, b.id));
}

/** The entries by day, newest day first, each day with its heading's words and anchor. */
export function changeGroups(entries: readonly ChangeEntry[]): ChangeGroup[] {
	const groups = new Map<string, ChangeEntry[]>();
	for (const entry of entries) groups.set(entry.day, [...(groups.get(entry.day) ?? []), entry]);
	return [...groups]
		.sort(([a], [b]) => byText(b, a))
		.map(([day, dayEntries]) => ({ day, label: formatDay(day), anchor: `changes-${day}`, entries: dayEntries }));
}

/** A day as RSS writes it (RFC 822): "Wed, 02 Dec 2026 00:00:00 GMT". */
export const rfc822Day = (day: string): string => new Date(`${day}T00:00:00Z`).toUTCString();

/** Text for XML written by hand (the feed's extra channel elements and guids). */
const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

export interface FeedSettings {
	/** The feed's title and description. */
	title: string;
	description: string;
	/** The absolute URL of the What's new page (the channel's link). */
	pageUrl: string;
	/** The absolute URL of the feed itself. */
	feedUrl: string;
	/** A page's absolute URL from its href. */
	absolute: (href: string) => string;
}

/**
 * The options @astrojs/rss writes the RSS 2.0 feed from: one item per entry, newest first, every
 * link absolute. A page has up to two entries that link to it, so each guid names the page, the
 * change and the day (not a permalink). lastBuildDate is the newest entry's day, never the clock.
 */
export function feedOptions(entries: readonly ChangeEntry[], settings: FeedSettings) {
	const newest = entries[0]?.day;
	return {
		title: settings.title,
		description: settings.description,
		site: settings.pageUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			'<language>en</language>',
			...(newest ? [`<lastBuildDate>${rfc822Day(newest)}</lastBuildDate>`] : []),
			`<atom:link href="${escapeXml(settings.feedUrl)}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		items: entries.map((entry) => {
			const link = settings.absolute(entry.href);
			return {
				title: `${changeLabels[entry.change]}: ${entry.title}`,
				link,
				pubDate: new Date(`${entry.day}T00:00:00Z`),
				description: `${entry.kind}. ${entry.summary}`,
				categories: [entry.kind],
				customData: `<guid isPermaLink="false">${escapeXml(`${link}#${entry.change}-${entry.day}`)}</guid>`,
			};
		}),
	};
}
