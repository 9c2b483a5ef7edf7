/**
 * The content rots loudly: these tests read every page under content/docs and fail,
 * naming the file, when a page is missing, malformed, too thin, hard to read or unfinished.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { brokenReferences } from '../../src/lib/references';
import { formatContentIssues } from '../../src/lib/content-errors';
import { validatePageData } from '../../src/lib/validate-page';
import { placeholderPattern, proseStats, unlabelledCodeBlocks } from '../../src/lib/prose-stats';
import { longGuides, requiredPages, technologyHeadings } from '../../src/lib/required-pages';
import { isTechnology, type PageData } from '../../src/schemas/page';
import { headingsOf, loadPages, projectRoot, starlightKeys } from '../helpers/content-pages';
import { parseWalkthrough, walkthroughFile } from '../../src/lib/walkthrough-refs';

const pages = loadPages();
const parsed = new Map<string, PageData>();
for (const page of pages) {
	try {
		parsed.set(page.id, validatePageData(page.file, page.frontmatter, starlightKeys));
	} catch {
		// reported by the front-matter test below
	}
}
const kinds = new Map([...parsed].map(([id, data]) => [id, data.kind]));

describe('the content brief', () => {
	it.each(Object.entries(requiredPages))('has every page of "%s"', (_section, ids) => {
		const missing = ids.filter((id) => !pages.some((page) => page.id === id));
		expect(missing, `missing pages: ${missing.join(', ')}`).toEqual([]);
	});
});

describe.each(pages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
	it('has valid front-matter with sourced facts', () => {
		expect(() => validatePageData(page.file, page.frontmatter, starlightKeys)).not.toThrow();
	});

	it('links only to pages that exist', () => {
		const data = parsed.get(page.id);
		expect(data, 'its front-matter must be valid before its links can be checked').toBeDefined();
		const issues = brokenReferences({ ...data, id: page.id } as Parameters<typeof brokenReferences>[0], kinds);
		expect(issues, formatContentIssues(page.file, issues)).toEqual([]);
	});

	it('names the language of every code block', () => {
		const lines = unlabelledCodeBlocks(page.body);
		expect(lines, `code blocks without a language at body lines ${lines.join(', ')}`).toEqual([]);
	});

	it('has no placeholder text', () => {
		const match = placeholderPattern.exec(page.body) ?? placeholderPattern.exec(JSON.stringify(page.frontmatter));
		expect(match?.[0], `placeholder text "${match?.[0]}"`).toBeUndefined();
	});

	it('reads easily: at most 20 words a sentence on average', () => {
		const stats = proseStats(page.body);
		expect(stats.averageSentenceWords, `average ${stats.averageSentenceWords.toFixed(1)} words`).toBeLessThanOrEqual(20);
	});

	const data = parsed.get(page.id);
	if (data && isTechnology(data)) {
		it('has at least 600 words of prose', () => {
			expect(proseStats(page.body).words).toBeGreaterThanOrEqual(600);
		});

		it('has the sections of the page template, in order', () => {
			const headings = [...page.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim());
			const inTemplate = headings.filter((heading) => (technologyHeadings as readonly string[]).includes(heading ?? ''));
			expect(inTemplate).toEqual([...technologyHeadings]);
		});

		it('gives 3 to 5 steps for learning it', () => {
			const section = page.body.split(/^## How to start learning it$/m)[1]?.split(/^## /m)[0] ?? '';
			const steps = section.match(/^\d+\.\s/gm) ?? [];
			expect(steps.length).toBeGreaterThanOrEqual(3);
			expect(steps.length).toBeLessThanOrEqual(5);
		});
	}

	if (longGuides.has(page.id)) {
		it('has at least 900 words of prose', () => {
			expect(proseStats(page.body).words).toBeGreaterThanOrEqual(900);
		});
	}
});

const anchorsById = new Map(pages.map((page) => [page.id, new Set(headingsOf(page.body).keys())]));
// The walkthrough component gives each step an anchor of its own, which concept pages link to: #step-<id>.
const walkthroughSteps = parseWalkthrough(parseYaml(readFileSync(join(projectRoot, walkthroughFile), 'utf8')));
for (const step of walkthroughSteps) anchorsById.get('start-here/order-now')?.add(`step-${step.id}`);
/** Routes that are generated rather than written as pages. */
const generatedRoute = /^compare(\/|$)/;

describe.each(pages.map((page) => [page.file, page] as const))('links in %s', (_file, page) => {
	it('point to pages and headings that exist', () => {
		const broken = [...page.body.matchAll(/\]\((\/[^)\s#]*)(?:#([^)\s]+))?\)/g)].flatMap(([, path = '', anchor]) => {
			const id = path.replace(/^\/|\/$/g, '') || 'index';
			if (generatedRoute.test(id)) return [];
			if (!path.endsWith('/')) return [`${path} (add the trailing slash)`];
			const anchors = anchorsById.get(id);
			if (!anchors) return [`${path} (no such page)`];
			if (anchor && !anchors.has(anchor) && !['at-a-glance', 'related-pages'].includes(anchor)) {
				return [`${path}#${anchor} (no such heading)`];
			}
			return [];
		});
		expect(broken, `broken links: ${broken.join(', ')}`).toEqual([]);
	});
});
