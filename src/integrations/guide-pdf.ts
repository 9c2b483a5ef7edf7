import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/launch-browser';
import { serveStatic } from '../../scripts/serve-static';
import { basePath, siteUrl } from '../config/deploy';
import { learningPathPage } from '../lib/learning-path';
import {
	chapterId,
	coverHtml,
	fillPdfLink,
	pdfFileName,
	pdfLinkHtml,
	pdfSwitch,
	renumberNodeIds,
	stampPdfDates,
	tocHtml,
	type TocEntry,
} from '../lib/guide-pdf';
import { pageChapter, pageStyles, readingList, type Chapter } from '../lib/guide-pdf-chapter';
import { destinationPages, openPdf } from '../lib/pdf-reader';

/**
 * After the build (and after Pagefind and the CSP step, so it reads the pages as they ship):
 * prints the whole guide as one PDF, dist/backend-atlas.pdf, with the project's own headless
 * Chromium, and fills the home page's link to it with its size and page count.
 * A cover, the contents with page numbers, then every page as a chapter in reading order (see
 * readingList): the pages are read from dist/, their articles joined into one document that is
 * served beside dist/ (so the site's stylesheets and images load as on the site) and printed
 * twice, once to learn on which page each chapter starts and once with those numbers.
 * ATLAS_PDF=0 skips it, as do builds of other content (ATLAS_CONTENT_DIR).
 */
export function guidePdf(): AstroIntegration {
	return {
		name: 'atlas-guide-pdf',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const wanted = pdfSwitch(process.env);
				if (!wanted.make) {
					logger.info(`No whole-guide PDF: ${wanted.reason}. The home page shows no link to it.`);
					return;
				}
				const started = performance.now();
				const { bytes, pages, chapters } = await makeGuidePdf(fileURLToPath(dir), logger);
				logger.info(
					`${pdfFileName}: ${chapters} chapters, ${pages} pages, ${bytes} bytes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}

const documentName = '__guide-pdf__.html';
const pdfOptions = {
	format: 'A4',
	printBackground: true,
	outline: true,
	tagged: true,
	displayHeaderFooter: true,
	headerTemplate: '<span></span>',
	footerTemplate:
		'<div style="width:100%;font-size:8px;color:#555;padding:0 15mm;display:flex;justify-content:space-between"><span>Backend Atlas</span><span class="pageNumber"></span></div>',
	margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
} as const;

async function makeGuidePdf(root: string, logger: AstroIntegrationLogger) {
	const read = (route: string) => readFile(join(root, route, 'index.html'), 'utf8');
	const listed = readingList(await read(learningPathPage), learningPathPage, basePath);
	const routes = new Set(listed.map((page) => page.route));
	const chapters: Chapter[] = [];
	const styles = new Set<string>();
	for (const page of listed) {
		const html = await read(page.route);
		chapters.push(pageChapter(html, { route: page.route, base: basePath, chapters: routes, siteUrl }));
		for (const style of pageStyles(html)) styles.add(style);
	}
	const home = await readFile(join(root, 'index.html'), 'utf8');
	const toc: TocEntry[] = listed.map((page, index) => ({ ...page, title: chapters[index]?.title ?? page.route }));
	const checkedUpTo = chapters
		.map((chapter) => chapter.newestChecked ?? '')
		.sort()
		.at(-1);
	const cover = coverHtml({
		title: 'Backend Atlas',
		description: homeDescription(home),
		checkedUpTo,
		pages: chapters.length,
		siteUrl: siteUrl ? new URL(basePath, siteUrl).href : undefined,
	});
	const bookCss = await readFile(join(import.meta.dirname, '..', 'styles', 'guide-pdf.css'), 'utf8');
	const document = [
		'<!doctype html><html lang="en" dir="ltr" data-theme="light"><head><meta charset="utf-8"><title>Backend Atlas</title>',
		...styles,
		`<style>${bookCss}</style></head><body><main>`,
		cover,
		tocHtml(toc),
		...chapters.map((chapter) => chapter.html),
		'</main></body></html>',
	].join('');

	const { server, url } = await serveStatic(root, 0, basePath);
	let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
	try {
		browser = await launchBrowser().catch((error: unknown) => {
			throw new Error(
				`The whole-guide PDF needs headless Chromium (@sparticuz/chromium), which did not start: ${error instanceof Error ? error.message : String(error)}\n` +
					'Build without the PDF with ATLAS_PDF=0 (for example `ATLAS_PDF=0 npm run build`).',
			);
		});
		const page = await browser.browser.newPage();
		await page.route(`${url}${documentName}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: document }));
		await page.goto(`${url}${documentName}`, { waitUntil: 'load' });
		await page.emulateMedia({ media: 'print' });
		const ids = toc.map((entry) => chapterId(entry.route));
		const firstPass = await openPdf(await page.pdf(pdfOptions));
		const found = await destinationPages(firstPass, ids);
		const startPages = new Map(toc.map((entry) => [entry.route, found.get(chapterId(entry.route)) ?? 0]));
		await replaceToc(page, tocHtml(toc, startPages));
		const pdf = renumberNodeIds(stampPdfDates(Buffer.from(await page.pdf(pdfOptions)), checkedUpTo));
		const final = await openPdf(pdf);
		const moved = [...(await destinationPages(final, ids))].filter(([id, number]) => found.get(id) !== number);
		if (moved.length > 0)
			throw new Error(`${pdfFileName}: chapters moved once the contents had their page numbers: ${moved.map(([id]) => id).join(', ')}`);
		await writeFile(join(root, pdfFileName), pdf);
		await writeFile(join(root, 'index.html'), fillPdfLink(home, pdfLinkHtml(`${basePath}${pdfFileName}`, pdf.length, final.numPages)));
		logger.info(`Home page links ${pdfFileName}`);
		return { bytes: pdf.length, pages: final.numPages, chapters: chapters.length };
	} finally {
		await browser?.close();
		server.close();
	}
}

async function replaceToc(page: Page, html: string) {
	await page.evaluate((toc) => {
		const nav = document.querySelector('.guide-toc');
		if (!nav) throw new Error('no .guide-toc in the assembled document');
		nav.outerHTML = toc;
	}, html);
}

/** The guide's one-line description, as the home page gives it to search engines. */
function homeDescription(home: string): string {
	const match = /<meta name="description" content="([^"]*)"/.exec(home);
	if (!match?.[1]) throw new Error('index.html: no <meta name="description"> for the PDF\'s cover');
	return match[1]
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}
