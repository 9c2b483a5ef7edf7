/**
 * Cards for sharing and llms.txt, in the root build and the sub-path build: every page but the
 * 404 page names a share card that exists, is a 1200×630 PNG and is served as one; llms.txt lists
 * every written page and the comparison tables, each link to a built page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readCardText } from '../../src/lib/share-card';

interface Page {
	file: string;
	meta: (key: string) => string | undefined;
	html: string;
}

const parsed = new Map<string, Page[]>();

/** Every HTML page of a build, with its head's meta tags (parsed once a build). */
function pagesOf(dist: string): Page[] {
	const known = parsed.get(dist);
	if (known) return known;
	const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			const html = readFileSync(path, 'utf8');
			const head = parse(html.slice(0, html.indexOf('</head>') + 7)).querySelector('head');
			const meta = (key: string) =>
				head?.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
				head?.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
			return { file: relative(dist, path).split('\\').join('/'), meta, html };
		})
		.sort((a, b) => a.file.localeCompare(b.file));
	parsed.set(dist, pages);
	return pages;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const builds = [
	{ name: 'the root build', dir: () => inject('distDir'), root: '/', url: () => inject('siteUrl') },
	{
		name: 'the sub-path build',
		dir: () => join(inject('distDir'), '..', 'dist-subpath'),
		// Built with SITE_URL (package.json, build:test): whole URLs.
		root: 'https://guide.example.org/backend-atlas/',
		url: () => inject('subpathUrl'),
	},
];

describe.each(builds)('$name', ({ dir, root, url }) => {
	const pages = () => pagesOf(dir());
	const fileOf = (href: string) => join(dir(), decodeURIComponent(href.slice(root.length)));

	it('gives every page but the 404 page its own 1200×630 PNG card, with the title as its alt text', () => {
		const problems: string[] = [];
		const cards = new Set<string>();
		let bytes = 0;
		const withCard = pages().filter((page) => page.file !== '404.html');
		for (const page of withCard) {
			const image = page.meta('og:image');
			if (!image?.startsWith(`${root}og/`) || !image.endsWith('.png')) {
				problems.push(`${page.file}: og:image ${image}`);
				continue;
			}
			if (page.meta('twitter:image') !== image) problems.push(`${page.file}: twitter:image ${page.meta('twitter:image')} is not og:image`);
			if (page.meta('og:image:width') !== '1200' || page.meta('og:image:height') !== '630') problems.push(`${page.file}: size tags`);
			if (!page.meta('og:image:alt') || page.meta('og:image:alt') !== page.meta('og:title')) {
				problems.push(`${page.file}: og:image:alt "${page.meta('og:image:alt')}" is not the title "${page.meta('og:title')}"`);
			}
			if (page.meta('twitter:card') !== 'summary_large_image') problems.push(`${page.file}: twitter:card ${page.meta('twitter:card')}`);
			cards.add(image);
			const file = fileOf(image);
			if (!existsSync(file)) {
				problems.push(`${page.file}: no file for ${image}`);
				continue;
			}
			const png = readFileSync(file);
			bytes += png.length;
			expect(pngSize(png), image).toEqual({ width: 1200, height: 630 });
			expect(png.length, `${image} is a small PNG`).toBeLessThan(40 * 1024);
		}
		console.log(`share cards: ${withCard.length} pages, ${cards.size} cards, ${Math.round(bytes / 1024)} KB`);
		expect(problems).toEqual([]);
		expect(cards.size).toBe(withCard.length);
		expect(withCard.length).toBeGreaterThan(100);
		expect(
			pages()
				.find((page) => page.file === '404.html')
				?.meta('og:image'),
		).toBeUndefined();
	});

	it('draws each card from the label and title search shows', () => {
		const postgres = pages().find((page) => page.file === 'databases/postgresql/index.html');
		expect(postgres && readCardText(postgres.html)).toEqual({
			image: `${root}og/databases/postgresql.png`,
			text: { title: 'PostgreSQL', label: 'Database' },
		});
		const pair = pages().find((page) => page.file === 'compare/django-vs-fastapi/index.html');
		expect(pair && readCardText(pair.html)?.text).toEqual({ title: 'Django vs FastAPI', label: 'Compare' });
	});

	it('serves a card as image/png', async () => {
		const response = await fetch(new URL('og/index.png', url()));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
	});

	it('lists every written page and the comparison tables in llms.txt, each link to a built page', () => {
		const index = readFileSync(join(dir(), 'llms.txt'), 'utf8');
		const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
		for (const link of links) {
			expect(link.startsWith(root), link).toBe(true);
			const file = fileOf(link);
			expect(existsSync(link.endsWith('/') ? join(file, 'index.html') : file), link).toBe(true);
		}
		const listed = new Set(links);
		const expected = pages()
			.map((page) => page.file)
			.filter(
				(file) =>
					!['404.html', 'offline/index.html'].includes(file) && !/^compare\/.+-vs-.+\//.test(file) && !/^learning-path\/.+\//.test(file),
			)
			.map((file) => `${root}${file.replace(/index\.html$/, '')}`);
		expect(expected.filter((href) => !listed.has(href))).toEqual([]);
		expect(links.length).toBe(listed.size); // each page once
	});

	it('holds every written page in llms-full.txt, in the order of llms.txt, with the code samples and no MDX left', () => {
		const index = readFileSync(join(dir(), 'llms.txt'), 'utf8');
		const full = readFileSync(join(dir(), 'llms-full.txt'), 'utf8');
		const written = index
			.slice(0, index.indexOf('## Generated pages'))
			.matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gm)
			.map((match) => match[1])
			.toArray();
		expect([...full.matchAll(/^URL: (.+)$/gm)].map((match) => match[1])).toEqual(written);
		const prose = full.replace(/^```[\s\S]*?^```$/gm, '');
		expect(prose).not.toMatch(/^import\s/m);
		expect(prose).not.toMatch(/<(Code|Cite|Tabs|TabItem|FlowDiagram)\b/);
		expect(full).toContain('```ts'); // the samples a page imports are inlined
		expect(statSync(join(dir(), 'llms-full.txt')).size).toBeGreaterThan(100 * 1024);
	});
});
