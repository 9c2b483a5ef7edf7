/**
 * "Last reviewed" under a page's title, What's new and its RSS feed, from the days each page
 * carries (src/lib/reviewed.ts, src/lib/whats-new.ts): which entries a page gets, their order
 * and grouping, the days in words, and a feed that is valid RSS 2.0 and never reads the clock.
 */
import { getRssString } from '@astrojs/rss';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reviewedView } from '../../src/lib/reviewed';
import { changeGroups, changesOf, feedOptions, rfc822Day, type DatedPage } from '../../src/lib/whats-new';
import { isRfc822, readFeed } from '../helpers/rss';
import { parseXml } from '../helpers/xml';

const page = (id: string, title: string, added: string, reviewed: string, kind = 'language'): DatedPage => ({
	id,
	title,
	kind,
	summary: `${title} in one sentence.`,
	added,
	reviewed,
});

const pages = [
	page('languages/python', 'Python', '2026-11-21', '2026-12-02'),
	page('concepts/http', 'HTTP in depth', '2026-12-02', '2026-12-02', 'concept'),
	page('version-control', 'Version control', '2026-11-21', '2026-11-21', 'guide'),
	page('languages/go', 'Go', '2026-11-21', '2027-01-04'),
];
const links = {
	hrefOf: (id: string) => `/backend-atlas/${id}/`,
	kindLabel: (id: string, kind: string) => (kind === 'guide' ? `Guide (${id})` : kind.charAt(0).toUpperCase() + kind.slice(1)),
};

describe('"Last reviewed" under the title', () => {
	it('gives the day as written for <time datetime> and in words', () => {
		expect(reviewedView({ reviewed: '2026-12-02' })).toEqual({ day: '2026-12-02', text: '2 December 2026' });
		expect(reviewedView({ reviewed: '2027-01-04', template: 'doc' })).toEqual({ day: '2027-01-04', text: '4 January 2027' });
	});
	it('is left off splash pages (home, page not found) and pages without the day (generated pages)', () => {
		expect(reviewedView({ reviewed: '2026-12-02', template: 'splash' })).toBeUndefined();
		expect(reviewedView({})).toBeUndefined();
	});
});

describe('the changes of What’s new', () => {
	const entries = changesOf(pages, links);

	it('lists every page as added, and again as reviewed only when the review came later', () => {
		const of = (id: string) => entries.filter((entry) => entry.id === id).map((entry) => `${entry.change} ${entry.day}`);
		expect(of('languages/python')).toEqual(['reviewed 2026-12-02', 'added 2026-11-21']);
		expect(of('concepts/http')).toEqual(['added 2026-12-02']);
		expect(of('version-control')).toEqual(['added 2026-11-21']);
		expect(entries).toHaveLength(6);
	});

	it('puts the newest first, additions before reviews within a day, then titles in order', () => {
		expect(entries.map((entry) => `${entry.day} ${entry.change} ${entry.title}`)).toEqual([
			'2027-01-04 reviewed Go',
			'2026-12-02 added HTTP in depth',
			'2026-12-02 reviewed Python',
			'2026-11-21 added Go',
			'2026-11-21 added Python',
			'2026-11-21 added Version control',
		]);
	});

	it('links each entry under the base path, with its kind as search labels it and its summary', () => {
		expect(entries[1]).toEqual({
			id: 'concepts/http',
			change: 'added',
			day: '2026-12-02',
			title: 'HTTP in depth',
			href: '/backend-atlas/concepts/http/',
			kind: 'Concept',
			summary: 'HTTP in depth in one sentence.',
		});
		expect(entries.at(-1)?.kind).toBe('Guide (version-control)');
	});

	it('groups the entries by day, newest day first, each with its heading in words', () => {
		const groups = changeGroups(entries);
		expect(groups.map((group) => [group.label, group.anchor, group.entries.length])).toEqual([
			['4 January 2027', 'changes-2027-01-04', 1],
			['2 December 2026', 'changes-2026-12-02', 2],
			['21 November 2026', 'changes-2026-11-21', 3],
		]);
		expect(groups.flatMap((group) => group.entries)).toEqual(entries);
		expect(changeGroups([])).toEqual([]);
	});
});

describe('the RSS feed', () => {
	afterEach(() => vi.useRealTimers());
	const settings = {
		title: 'Backend Atlas: what’s new',
		description: 'Pages added & reviewed <in order>.',
		pageUrl: 'https://guide.example.org/backend-atlas/whats-new/',
		feedUrl: 'https://guide.example.org/backend-atlas/whats-new/rss.xml',
		absolute: (href: string) => new URL(href, 'https://guide.example.org').href,
	};
	const feedText = () => getRssString(feedOptions(changesOf(pages, links), settings));

	it('writes RFC 822 days', () => {
		expect(rfc822Day('2026-12-02')).toBe('Wed, 02 Dec 2026 00:00:00 GMT');
		expect(isRfc822(rfc822Day('2027-01-04'))).toBe(true);
		expect(isRfc822('Thu, 02 Dec 2026 00:00:00 GMT')).toBe(false); // 2 December 2026 is a Wednesday
		expect(isRfc822('2026-12-02')).toBe(false);
	});

	it('is valid RSS 2.0: one item per entry, newest first, absolute links, unique guids', async () => {
		const feed = readFeed(await feedText());
		expect(feed.problems).toEqual([]);
		expect(feed.title).toBe('Backend Atlas: what’s new');
		expect(feed.description).toBe('Pages added & reviewed <in order>.');
		expect(feed.link).toBe(settings.pageUrl);
		expect(feed.self).toBe(settings.feedUrl);
		expect(feed.items.map((item) => [item.title, item.link, item.pubDate])).toEqual([
			['Reviewed: Go', 'https://guide.example.org/backend-atlas/languages/go/', 'Mon, 04 Jan 2027 00:00:00 GMT'],
			['Added: HTTP in depth', 'https://guide.example.org/backend-atlas/concepts/http/', 'Wed, 02 Dec 2026 00:00:00 GMT'],
			['Reviewed: Python', 'https://guide.example.org/backend-atlas/languages/python/', 'Wed, 02 Dec 2026 00:00:00 GMT'],
			['Added: Go', 'https://guide.example.org/backend-atlas/languages/go/', 'Sat, 21 Nov 2026 00:00:00 GMT'],
			['Added: Python', 'https://guide.example.org/backend-atlas/languages/python/', 'Sat, 21 Nov 2026 00:00:00 GMT'],
			['Added: Version control', 'https://guide.example.org/backend-atlas/version-control/', 'Sat, 21 Nov 2026 00:00:00 GMT'],
		]);
		expect(feed.items[1]?.description).toBe('Concept. HTTP in depth in one sentence.');
		// Python is listed twice, so its guids name the change and the day; they are not permalinks.
		expect(feed.items.filter((item) => item.link.endsWith('/python/')).map((item) => [item.guid, item.permaLink])).toEqual([
			['https://guide.example.org/backend-atlas/languages/python/#reviewed-2026-12-02', 'false'],
			['https://guide.example.org/backend-atlas/languages/python/#added-2026-11-21', 'false'],
		]);
	});

	it('says it was last built on its newest entry’s day, whatever the clock says', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
		const first = await feedText();
		vi.setSystemTime(new Date('2031-06-30T23:59:59Z'));
		expect(await feedText()).toBe(first);
		expect(readFeed(first).lastBuildDate).toBe('Mon, 04 Jan 2027 00:00:00 GMT');
	});

	it('is caught out by the checks when it breaks a rule', () => {
		const broken = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/relative/</link><description>D</description>
			<item><title>A</title><link>https://x.org/a/</link><description>d</description><pubDate>2026-12-02</pubDate><guid>g</guid></item>
			<item><title>B</title><link>https://x.org/b/</link><description>d</description><pubDate>Wed, 02 Dec 2026 00:00:00 GMT</pubDate><guid isPermaLink="false">g</guid></item>
			</channel></rss>`;
		expect(readFeed(broken).problems).toEqual([
			'channel: link is not absolute: /relative/',
			'item 1: pubDate is not RFC 822: 2026-12-02',
			'item 1: a permalink guid must be a URL: g',
			'guids used twice: g',
		]);
		expect(() => parseXml('<rss><channel></rss>')).toThrow();
		expect(() => parseXml('<rss>&nbsp;</rss>')).toThrow();
	});
});
