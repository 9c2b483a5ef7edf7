/**
 * The whole guide as one PDF (src/integrations/guide-pdf.ts), read back with PDF.js: it is in
 * dist/, has a page or more for every chapter, lists every chapter in its contents with the page
 * it starts on, jumps within itself for links between pages, and the home page links it with
 * its real size and page count. The sub-path build is made without it (ATLAS_PDF=0), so its home
 * page must not link it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chapterId, formatSize, pdfFileName } from '../../src/lib/guide-pdf';
import { readingList } from '../../src/lib/guide-pdf-chapter';
import { destinationPages, openPdf } from '../../src/lib/pdf-reader';
import { builtPage } from '../helpers/dist';

type Pdf = Awaited<ReturnType<typeof openPdf>>;

const dist = () => inject('distDir');
let pdf: Pdf;
let bytes: number;
let chapters: Array<{ route: string; title: string; id: string }>;
let starts: Map<string, number>;

/** A page's text with no spaces and ligatures undone ("ﬁ" is "fi"): a title wrapped over two lines still reads as one. */
async function pageText(number: number): Promise<string> {
	const content = await (await pdf.getPage(number)).getTextContent();
	return squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
}
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

beforeAll(async () => {
	const file = join(dist(), pdfFileName);
	if (!existsSync(file)) throw new Error(`No ${file}: the first build of \`npm run build:test\` makes it (unless ATLAS_PDF=0 was set)`);
	const data = readFileSync(file);
	bytes = data.length;
	pdf = await openPdf(data);
	chapters = readingList(builtPage('learning-path').html, 'learning-path', '/').map(({ route }) => ({
		route,
		id: chapterId(route),
		title: builtPage(route).dom.querySelector('main h1')?.textContent.trim() ?? '',
	}));
	starts = await destinationPages(
		pdf,
		chapters.map((chapter) => chapter.id),
	);
}, 60_000);

describe('the whole-guide PDF', () => {
	it('holds every page of the learning path and the sidebar, each starting on a new page', () => {
		const pathPages = builtPage('learning-path').dom.querySelectorAll('main ol.path-list li').length;
		expect(chapters.length).toBeGreaterThanOrEqual(pathPages);
		const pages = chapters.map((chapter) => starts.get(chapter.id) ?? 0);
		// In reading order, and none shares a page with the one before.
		for (let index = 1; index < pages.length; index++) expect(pages[index]).toBeGreaterThan(pages[index - 1] ?? 0);
		expect(pdf.numPages).toBeGreaterThanOrEqual(chapters.length + 2);
		console.log(`${pdfFileName}: ${chapters.length} chapters, ${pdf.numPages} pages, ${formatSize(bytes)}`);
	});

	it('lists every chapter title in its contents with the page the chapter starts on', async () => {
		const first = Math.min(...starts.values());
		let contents = '';
		for (let page = 2; page < first; page++) contents += await pageText(page);
		expect(contents.startsWith('Contents')).toBe(true);
		// Each title is followed by its page number on its line.
		const missing = chapters.filter((chapter) => !contents.includes(`${squeeze(chapter.title)}${starts.get(chapter.id)}`));
		expect(missing.map((chapter) => `${chapter.title} (starts on ${starts.get(chapter.id)})`)).toEqual([]);
	});

	it('opens each chapter with its title on the page the contents give', async () => {
		const wrong: string[] = [];
		for (const chapter of chapters) {
			const text = await pageText(starts.get(chapter.id) ?? 0);
			if (!text.startsWith(squeeze(chapter.title))) wrong.push(`${chapter.route}: page starts with "${text.slice(0, 40)}"`);
		}
		expect(wrong).toEqual([]);
	});

	it('jumps within itself for links between pages, and never sends the reader to the local build', async () => {
		let jumps = 0;
		const toSite: string[] = [];
		for (let page = 1; page <= pdf.numPages; page++) {
			for (const link of await (await pdf.getPage(page)).getAnnotations()) {
				if (link.subtype !== 'Link') continue;
				if (link.dest) jumps++;
				else if (typeof link.url === 'string' && !/^(https:|mailto:)/.test(link.url)) toSite.push(`page ${page}: ${link.url}`);
			}
		}
		// The contents alone link every chapter; the chapters' own links (glossary terms, read first, read next) add many more.
		expect(jumps).toBeGreaterThan(chapters.length * 5);
		expect(toSite).toEqual([]);
	});

	it('is linked from the home page with its size and page count', () => {
		const link = builtPage('').dom.querySelector(`main a[href="/${pdfFileName}"]`);
		expect(link?.textContent).toBe('Download the whole guide as a PDF');
		expect(link?.parentNode?.textContent).toContain(`(${formatSize(bytes)}, ${pdf.numPages} pages)`);
		expect(builtPage('').html).not.toContain('data-guide-pdf');
	});
});

describe('a build without the PDF', () => {
	it('has no link to it on the home page', () => {
		const subpath = join(dist(), '..', 'dist-subpath');
		expect(existsSync(join(subpath, pdfFileName))).toBe(false);
		const home = readFileSync(join(subpath, 'index.html'), 'utf8');
		expect(home).not.toContain(pdfFileName);
		expect(home).toContain('<p data-guide-pdf hidden></p>');
	});
});
