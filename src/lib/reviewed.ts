import { formatDay } from '../scripts/progress-store';

/** The "Last reviewed" line under a page's title: the day as written, for `<time datetime>`, and in words. */
export interface ReviewedView {
	/** YYYY-MM-DD, as the front-matter has it. */
	day: string;
	/** "2 December 2026", in the words the reader's progress uses for its days. */
	text: string;
}

/**
 * What a page shows under its title, from its front-matter. Splash pages (the home page and the
 * page-not-found page) show nothing: the home page is the guide's table of contents, whose pages
 * each show their own day (and What's new lists them all), and a missing page has nothing to
 * review. Generated pages have no `reviewed` and show nothing either.
 */
export function reviewedView(data: { reviewed?: string | undefined; template?: string | undefined }): ReviewedView | undefined {
	if (!data.reviewed || data.template === 'splash') return undefined;
	return { day: data.reviewed, text: formatDay(data.reviewed) };
}
