import { describe, expect, it } from 'vitest';
import {
	anchorId,
	chapterId,
	fillPdfLink,
	formatSize,
	pdfHref,
	pdfLinkHtml,
	pdfLinkMarker,
	pdfSwitch,
	readingOrder,
	renumberNodeIds,
	stampPdfDates,
	tocHtml,
	type LinkContext,
} from '../../src/lib/guide-pdf';
import { pageChapter, readingList } from '../../src/lib/guide-pdf-chapter';

const chapters = new Set(['concepts/http', 'glossary', 'frameworks/django']);
const at = (route: string, base = '/', siteUrl?: string): LinkContext => ({ route, base, chapters, siteUrl });

describe('pdfSwitch', () => {
	it('makes the PDF by default and with ATLAS_PDF=1, skips it with ATLAS_PDF=0 or another content folder', () => {
		expect(pdfSwitch({})).toEqual({ make: true });
		expect(pdfSwitch({ ATLAS_PDF: '1' })).toEqual({ make: true });
		expect(pdfSwitch({ ATLAS_PDF: '0' })).toEqual({ make: false, reason: 'ATLAS_PDF=0' });
		expect(pdfSwitch({ ATLAS_CONTENT_DIR: 'tests/fixtures/site' })).toMatchObject({ make: false });
	});
	it('names the variable and the values it takes when it gets another', () => {
		expect(() => pdfSwitch({ ATLAS_PDF: 'no' })).toThrow(/ATLAS_PDF is "no": expected 0 .* or 1/);
	});
});

describe('pdfHref', () => {
	it('turns a link to a page in the PDF into a jump to its chapter, or to the heading within it', () => {
		expect(pdfHref('/concepts/http/', at('glossary'))).toBe(`#${chapterId('concepts/http')}`);
		expect(pdfHref('/concepts/http/#cookies', at('glossary'))).toBe('#ch-concepts-http--cookies');
		expect(pdfHref('/glossary/#orm', at('frameworks/django'))).toBe('#ch-glossary--orm');
		expect(pdfHref('#cookies', at('concepts/http'))).toBe('#ch-concepts-http--cookies');
		expect(pdfHref('#_top', at('concepts/http'))).toBe('#ch-concepts-http');
	});
	it('does the same under a sub-path, where only links under the base are the site', () => {
		expect(pdfHref('/backend-atlas/concepts/http/#cors', at('glossary', '/backend-atlas/'))).toBe('#ch-concepts-http--cors');
		expect(pdfHref('/backend-atlas/', at('glossary', '/backend-atlas/'))).toBe('#guide-cover');
	});
	it('leaves links to other sites as they are', () => {
		expect(pdfHref('https://docs.djangoproject.com/en/5.2/', at('frameworks/django'))).toBe('https://docs.djangoproject.com/en/5.2/');
		expect(pdfHref('mailto:someone@example.org', at('glossary'))).toBe('mailto:someone@example.org');
	});
	it('sends a page outside the PDF to the site when its address is known, and drops the link otherwise', () => {
		expect(pdfHref('/compare/django-vs-rails/', at('frameworks/django', '/', 'https://guide.example.org'))).toBe(
			'https://guide.example.org/compare/django-vs-rails/',
		);
		expect(pdfHref('/backend-atlas/learning-path/#stage-2', at('glossary', '/backend-atlas/', 'https://you.github.io'))).toBe(
			'https://you.github.io/backend-atlas/learning-path/#stage-2',
		);
		expect(pdfHref('/compare/django-vs-rails/', at('frameworks/django'))).toBeUndefined();
	});
});

describe('anchorId', () => {
	it('keeps two chapters that share a heading apart', () => {
		expect(anchorId('concepts/http', 'common-mistakes')).not.toBe(anchorId('concepts/caching', 'common-mistakes'));
		expect(anchorId('concepts/http', '_top')).toBe(chapterId('concepts/http'));
	});
});

describe('readingOrder', () => {
	it('reads the learning path first, then the sidebar pages it does not hold, each once', () => {
		expect(readingOrder(['a', 'b', 'c'], ['c', 'x', 'a', 'learning-path', 'y', 'x'], ['learning-path'])).toEqual(['a', 'b', 'c', 'x', 'y']);
	});
});

describe('formatSize', () => {
	it('says a size as a download link does', () => {
		expect(formatSize(512)).toBe('512 bytes');
		expect(formatSize(850_400)).toBe('850 KB');
		expect(formatSize(4_237_000)).toBe('4.2 MB');
		expect(formatSize(14_258_134)).toBe('14.3 MB');
		expect(() => formatSize(-1)).toThrow(/not a size/);
	});
});

describe('the home page link', () => {
	it('replaces the marker with the link, its size and its page count', () => {
		const home = `<main><p>Intro</p>${pdfLinkMarker}</main>`;
		const filled = fillPdfLink(home, pdfLinkHtml('/backend-atlas/backend-atlas.pdf', 4_237_000, 310));
		expect(filled).toContain(
			'<a href="/backend-atlas/backend-atlas.pdf" download>Download the whole guide as a PDF</a> (4.2 MB, 310 pages)',
		);
		expect(filled).not.toContain('data-guide-pdf');
	});
	it('fails on a page without the marker, so a second run cannot add a second link', () => {
		expect(() => fillPdfLink('<main></main>', 'x')).toThrow(/found it 0 times/);
	});
});

describe('tocHtml', () => {
	const entries = [
		{ route: 'start-here/what-is-the-backend', title: 'What is the backend?', part: 'Start here' },
		{ route: 'concepts/http', title: 'HTTP <in depth>', part: 'First steps' },
	];
	it('lists every chapter under its part, linked to its chapter, with its page number', () => {
		const html = tocHtml(
			entries,
			new Map([
				['start-here/what-is-the-backend', 4],
				['concepts/http', 112],
			]),
		);
		expect(html).toMatch(/<h2[^>]*>Start here<\/h2>.*What is the backend\?.*>4<.*<h2[^>]*>First steps<\/h2>.*HTTP &lt;in depth&gt;.*>112</);
		expect(html).toContain('href="#ch-concepts-http"');
	});
	it('holds each number’s place with as many digits before the numbers are known', () => {
		expect(tocHtml(entries)).toContain('>000<');
		expect(() => tocHtml(entries, new Map([['concepts/http', 3]]))).toThrow(
			/no start page for the chapter start-here\/what-is-the-backend/,
		);
	});
});

describe('stampPdfDates', () => {
	it('replaces the moment of printing with a fixed day, in the same number of bytes', () => {
		const pdf = Buffer.from("<</Creator (Chromium)/CreationDate (D:20261202163402+00'00')/ModDate (D:20261202163402+00'00')>>", 'latin1');
		const stamped = stampPdfDates(pdf, '2026-11-30');
		expect(stamped.length).toBe(pdf.length);
		expect(stamped.toString('latin1')).toBe(
			"<</Creator (Chromium)/CreationDate (D:20261130000000+00'00')/ModDate (D:20261130000000+00'00')>>",
		);
	});
	it('fails on a PDF it cannot stamp rather than leave a build that differs each time', () => {
		expect(() => stampPdfDates(Buffer.from('<</Creator (x)>>'), '2026-11-30')).toThrow(/no \/CreationDate/);
	});
});

describe('renumberNodeIds', () => {
	it('gives the structure ids of two printings the same numbers, keeping their order, pairs and widths', () => {
		const first = Buffer.from(
			'/ID (node00001554) /Headers [(node00001554)] /ID (node00001560) /Names [(node00001554) 1 0 R (node00001560) 2 0 R]',
			'latin1',
		);
		const second = Buffer.from(
			'/ID (node00001559) /Headers [(node00001559)] /ID (node00001565) /Names [(node00001559) 1 0 R (node00001565) 2 0 R]',
			'latin1',
		);
		expect(renumberNodeIds(first).equals(renumberNodeIds(second))).toBe(true);
		expect(renumberNodeIds(first).toString('latin1')).toBe(
			'/ID (node00000000) /Headers [(node00000000)] /ID (node00000001) /Names [(node00000000) 1 0 R (node00000001) 2 0 R]',
		);
	});
});

describe('pageChapter', () => {
	const page = `<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body><header>Site</header><main>
		<div class="content-panel"><h1 id="_top">HTTP in depth</h1></div>
		<div class="content-panel"><div class="sl-markdown-content">
			<h2 id="cookies">Cookies</h2>
			<p>See <a href="#cookies">cookies</a>, the <a href="/glossary/#api">API</a>, <a href="/compare/languages/">the table</a>
			and <a href="https://www.rfc-editor.org/rfc/rfc9110">RFC 9110</a>.</p>
			<svg><marker id="arrow"></marker><path marker-end="url(#arrow)"></path></svg>
			<label for="q1">Answer</label>
			<starlight-tabs><div class="tablist-wrapper"><ul role="tablist"><li><a role="tab" id="tab-0" href="#tab-panel-0">Express</a></li><li><a role="tab" id="tab-1" href="#tab-panel-1">Django</a></li></ul></div>
			<div id="tab-panel-0" role="tabpanel" aria-labelledby="tab-0"><pre>js</pre></div><div id="tab-panel-1" role="tabpanel" aria-labelledby="tab-1" hidden><pre>py</pre></div></starlight-tabs>
			<span class="atlas-cite">(<a href="https://example.org/">Survey</a>, checked <time datetime="2026-11-21">2026-11-21</time>)</span>
			<script>alert(1)</script>
		</div><footer>Previous page</footer></div></main></body></html>`;
	const chapter = pageChapter(page, at('concepts/http'));

	it('takes the title and the article, not the site chrome, footer or scripts', () => {
		expect(chapter.title).toBe('HTTP in depth');
		expect(chapter.html).toContain('<h1 id="ch-concepts-http">HTTP in depth</h1>');
		expect(chapter.html).not.toMatch(/<header|Previous page|<script/);
	});
	it('prefixes every id and every reference to one', () => {
		expect(chapter.html).toContain('id="ch-concepts-http--cookies"');
		expect(chapter.html).toContain('href="#ch-concepts-http--cookies"');
		expect(chapter.html).toContain('marker-end="url(#ch-concepts-http--arrow)"');
		expect(chapter.html).toContain('for="ch-concepts-http--q1"');
	});
	it('rewrites links: chapters jump within the PDF, other sites stay, pages outside the PDF keep only their text', () => {
		expect(chapter.html).toContain('<a href="#ch-glossary--api">API</a>');
		expect(chapter.html).toContain('<a href="https://www.rfc-editor.org/rfc/rfc9110">RFC 9110</a>');
		expect(chapter.html).toContain(', the table\n');
		expect(chapter.html).not.toContain('/compare/languages/');
	});
	it('opens every tab of a code sample, each under its label', () => {
		expect(chapter.html).toMatch(
			/<p class="guide-tab-label">Express<\/p><pre>js<\/pre>.*<p class="guide-tab-label">Django<\/p><pre>py<\/pre>/s,
		);
		expect(chapter.html).not.toContain('hidden');
		expect(chapter.html).not.toContain('role="tab"');
	});
	it('knows the newest day its sources were checked', () => {
		expect(chapter.newestChecked).toBe('2026-11-21');
	});
});

describe('readingList', () => {
	const learningPath = `<html><body><nav id="starlight__sidebar"><ul class="top-level">
		<li><details><summary>Start here</summary><ul><li><a href="/backend-atlas/start-here/a/">A</a></li><li><a href="/backend-atlas/learning-path/">Path</a></li></ul></details></li>
		<li><details><summary>Compare</summary><ul><li><a href="/backend-atlas/compare/languages/">Languages</a></li></ul></details></li>
		<li><a href="/backend-atlas/glossary/">Glossary</a></li>
	</ul></nav><main>
		<section><h2>1. Start here</h2><ol class="path-list"><li><a href="/backend-atlas/start-here/a/">A</a></li></ol></section>
		<section><h2>2. First steps</h2><ol class="path-list"><li><a href="/backend-atlas/concepts/http/">HTTP</a></li></ol></section>
	</main></body></html>`;
	it('orders the chapters by the learning path, then the rest of the sidebar, leaving out the path page itself', () => {
		expect(readingList(learningPath, 'learning-path', '/backend-atlas/')).toEqual([
			{ route: 'start-here/a', part: 'Start here' },
			{ route: 'concepts/http', part: 'First steps' },
			{ route: 'compare/languages', part: 'Compare' },
			{ route: 'glossary', part: 'Reference' },
		]);
	});
	it('fails when the page has no learning path to follow', () => {
		expect(() => readingList('<main></main>', 'learning-path', '/')).toThrow(/no learning path/);
	});
});
