/**
 * The built site against the pages' own days: every page shows the day it was last reviewed
 * under its title, What's new lists every page on the days its front-matter gives, and the
 * RSS feed of the sub-path build (the one built with SITE_URL) is valid RSS 2.0 whose every
 * link leads to a built page. The root build, without SITE_URL, has no feed and never mentions one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadPages } from '../helpers/content-pages';
import { builtPage, builtPages } from '../helpers/dist';
import { readFeed } from '../helpers/rss';

const sources = loadPages();
const routeOf = (id: string) => (id === 'index' ? '' : id);
const splash = (page: (typeof sources)[number]) => page.frontmatter['template'] === 'splash';
// The 404 and offline pages are not read as pages (kept out of search), so What's new leaves them out.
const published = sources.filter((page) => !page.frontmatter['draft'] && page.frontmatter['pagefind'] !== false);
const day = (page: (typeof sources)[number], field: 'added' | 'reviewed') => String(page.frontmatter[field]);

/** What What's new must list: every published page as added, and again as reviewed when that came later. */
const expected = published.flatMap((page) => [
	{ change: 'Added', route: routeOf(page.id), title: String(page.frontmatter['title']), day: day(page, 'added') },
	...(day(page, 'reviewed') > day(page, 'added')
		? [{ change: 'Reviewed', route: routeOf(page.id), title: String(page.frontmatter['title']), day: day(page, 'reviewed') }]
		: []),
]);
const key = (entry: { change: string; route: string; day: string }) => `${entry.day} ${entry.change} /${entry.route}`;

describe('"Last reviewed" under each title', () => {
	it.each(sources.filter((page) => !splash(page)).map((page) => [page.file, page] as const))(
		'%s shows the day its front-matter gives',
		(_file, page) => {
			const built = builtPage(routeOf(page.id));
			const lines = built.dom.querySelectorAll('.atlas-reviewed');
			expect(lines).toHaveLength(1);
			const line = lines[0]!;
			// Right under the title, outside the search index.
			expect(line.previousElementSibling?.tagName).toBe('H1');
			expect(line.hasAttribute('data-pagefind-ignore')).toBe(true);
			const time = line.querySelector('time');
			expect(time?.getAttribute('datetime')).toBe(page.frontmatter['reviewed']);
			expect(line.text).toMatch(/^Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}$/);
			expect(new Date(`${time?.text} UTC`).toISOString().slice(0, 10)).toBe(page.frontmatter['reviewed']);
		},
	);

	it('is not on the home page, the page-not-found page or the generated pages', () => {
		const generated = builtPages().filter((page) => /^(compare|learning-path|whats-new)(\/|$)/.test(page.route));
		expect(generated.length).toBeGreaterThan(10);
		for (const page of [builtPage(''), builtPage('404'), ...generated]) {
			expect(page.dom.querySelector('.atlas-reviewed'), page.file).toBeNull();
		}
	});
});

/** The entries of a built What's new page, each under the day of its heading. */
function listed(html: string) {
	const dom = parse(html);
	return dom.querySelectorAll('main section').flatMap((section) => {
		const heading = section.querySelector('h2 time')?.getAttribute('datetime') ?? '';
		return section.querySelectorAll('li').map((item) => {
			const link = item.querySelector('a');
			return {
				day: heading,
				change: item.querySelector('.atlas-changes__what')?.text ?? '',
				href: link?.getAttribute('href') ?? '',
				title: link?.text ?? '',
			};
		});
	});
}

describe('What’s new', () => {
	const page = builtPage('whats-new');
	const entries = listed(page.html);

	it('lists every page on the day it was added, and again on the day it was reviewed if that came later', () => {
		expect(entries.map((entry) => key({ ...entry, route: entry.href.replace(/^\/|\/$/g, '') })).sort()).toEqual(expected.map(key).sort());
		for (const entry of entries) {
			expect(entry.title).toBe(expected.find((candidate) => `/${candidate.route}/`.replace('//', '/') === entry.href)?.title);
		}
		expect(published.length).toBeGreaterThan(70);
	});

	it('puts the newest day first, each day once', () => {
		const days = page.dom.querySelectorAll('main section h2 time').map((time) => time.getAttribute('datetime') ?? '');
		expect(days).toEqual([...new Set(expected.map((entry) => entry.day))].sort().reverse());
	});

	it('is in the sidebar of every page that has one', () => {
		const withSidebar = builtPages().filter((built) => built.dom.querySelector('#starlight__sidebar'));
		for (const built of withSidebar) {
			expect(built.dom.querySelector('#starlight__sidebar a[href="/whats-new/"]'), built.file).not.toBeNull();
		}
	});

	it('has no feed in a build without SITE_URL, and does not mention one', () => {
		expect(existsSync(join(inject('distDir'), 'whats-new', 'rss.xml'))).toBe(false);
		expect(page.dom.querySelector('main')?.text).not.toMatch(/\bRSS\b|\bfeed\b/i);
		expect(builtPages().filter((built) => built.html.includes('application/rss+xml'))).toEqual([]);
	});
});

describe('the RSS feed of a build with SITE_URL (the sub-path build)', () => {
	const dist = join(inject('distDir'), '..', 'dist-subpath');
	const base = '/backend-atlas/';
	const feedFile = join(dist, 'whats-new', 'rss.xml');
	const feed = readFeed(readFileSync(feedFile, 'utf8'));
	const origin = new URL(feed.link).origin;

	it('is valid RSS 2.0: well-formed, with the required elements, absolute links, RFC 822 days and unique guids', () => {
		expect(feed.problems).toEqual([]);
		expect(origin).toMatch(/^https:\/\//);
		expect(feed.link).toBe(`${origin}${base}whats-new/`);
		expect(feed.self).toBe(`${origin}${base}whats-new/rss.xml`);
		expect(feed.lastBuildDate).toBe(feed.items[0]?.pubDate);
	});

	it('has one item per page added or reviewed, newest first, each linking to a built page', () => {
		const items = feed.items.map((item) => {
			const [change = '', ...title] = item.title.split(': ');
			return {
				change,
				title: title.join(': '),
				route: item.link.replace(`${origin}${base}`, '').replace(/\/$/, ''),
				day: new Date(item.pubDate).toISOString().slice(0, 10),
			};
		});
		expect(items.map(key).sort()).toEqual(expected.map(key).sort());
		for (const item of items) expect(item.title).toBe(expected.find((entry) => entry.route === item.route)?.title);
		const days = items.map((item) => item.day);
		expect(days).toEqual([...days].sort().reverse());
		for (const item of feed.items) {
			expect(item.link.startsWith(`${origin}${base}`), item.link).toBe(true);
			const path = new URL(item.link).pathname.slice(base.length);
			expect(existsSync(join(dist, path, 'index.html')), item.link).toBe(true);
		}
	});

	it('is linked from What’s new, and announced in the head of that page only', () => {
		const html = readFileSync(join(dist, 'whats-new', 'index.html'), 'utf8');
		const dom = parse(html);
		const alternate = dom.querySelector('head link[rel="alternate"][type="application/rss+xml"]');
		expect(alternate?.getAttribute('href')).toBe(`${base}whats-new/rss.xml`);
		expect(dom.querySelector(`main a[href="${base}whats-new/rss.xml"]`)?.text).toBe('the RSS feed');
		const python = readFileSync(join(dist, 'languages', 'python', 'index.html'), 'utf8');
		expect(python).not.toContain('application/rss+xml');
	});
});
