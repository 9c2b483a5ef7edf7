import { childText, childrenNamed, parseXml } from './xml';

interface FeedItem {
	title: string;
	link: string;
	description: string;
	pubDate: string;
	guid: string;
	/** The guid's isPermaLink attribute, if any. */
	permaLink: string | undefined;
}

export interface Feed {
	title: string;
	link: string;
	description: string;
	lastBuildDate: string | undefined;
	/** The href of <atom:link rel="self">, if any. */
	self: string | undefined;
	items: FeedItem[];
	/** Everything that breaks RSS 2.0 (https://www.rssboard.org/rss-specification) or the guide's own rules for its feed. */
	problems: string[];
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const rfc822 =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|[+-]\d{4})$/;

/** Whether `value` is an RFC 822 date-time (four-digit year) naming the right weekday for its day. */
export function isRfc822(value: string): boolean {
	const match = rfc822.exec(value);
	if (!match) return false;
	const time = Date.parse(value);
	return !Number.isNaN(time) && (match[8] !== 'GMT' || weekdays[new Date(time).getUTCDay()] === match[1]);
}

const isAbsolute = (url: string) => /^https?:\/\//.test(url) && URL.canParse(url);

/**
 * Reads an RSS 2.0 feed with a strict XML parser (tests/helpers/xml.ts: a document that is not
 * well-formed throws) and lists what is wrong with it: the channel's required title, link and
 * description; on every item a title, an absolute link, a description, an RFC 822 pubDate and a
 * guid no other item has; every link absolute.
 */
export function readFeed(xml: string): Feed {
	const problems: string[] = [];
	const root = parseXml(xml);
	if (root.name !== 'rss' || root.attributes['version'] !== '2.0')
		problems.push(`root is <${root.name} version="${root.attributes['version']}">, expected <rss version="2.0">`);
	const channels = childrenNamed(root, 'channel');
	if (channels.length !== 1) problems.push(`expected one <channel>, found ${channels.length}`);
	const channel = channels[0] ?? { name: 'channel', attributes: {}, children: [], text: '' };
	const required = (element: typeof channel, name: string, where: string) => {
		const text = childText(element, name)?.trim() ?? '';
		if (!text) problems.push(`${where}: expected exactly one non-empty <${name}>`);
		return text;
	};
	const link = required(channel, 'link', 'channel');
	if (link && !isAbsolute(link)) problems.push(`channel: link is not absolute: ${link}`);
	const lastBuildDate = childText(channel, 'lastBuildDate');
	if (lastBuildDate !== undefined && !isRfc822(lastBuildDate)) problems.push(`channel: lastBuildDate is not RFC 822: ${lastBuildDate}`);
	const self = childrenNamed(channel, 'atom:link').find((element) => element.attributes['rel'] === 'self')?.attributes['href'];
	const items = childrenNamed(channel, 'item').map((item, index): FeedItem => {
		const where = `item ${index + 1}`;
		const entry = {
			title: required(item, 'title', where),
			link: required(item, 'link', where),
			description: required(item, 'description', where),
			pubDate: required(item, 'pubDate', where),
			guid: required(item, 'guid', where),
			permaLink: childrenNamed(item, 'guid')[0]?.attributes['isPermaLink'],
		};
		if (entry.link && !isAbsolute(entry.link)) problems.push(`${where}: link is not absolute: ${entry.link}`);
		if (entry.pubDate && !isRfc822(entry.pubDate)) problems.push(`${where}: pubDate is not RFC 822: ${entry.pubDate}`);
		if (entry.permaLink !== 'false' && entry.guid && !isAbsolute(entry.guid))
			problems.push(`${where}: a permalink guid must be a URL: ${entry.guid}`);
		return entry;
	});
	const guids = items.map((item) => item.guid);
	const repeated = guids.filter((guid, index) => guids.indexOf(guid) !== index);
	if (repeated.length) problems.push(`guids used twice: ${[...new Set(repeated)].join(', ')}`);
	return {
		title: required(channel, 'title', 'channel'),
		link,
		description: required(channel, 'description', 'channel'),
		lastBuildDate,
		self,
		items,
		problems,
	};
}
