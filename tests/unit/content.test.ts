/**
 * The content rots loudly: these tests read every page under content/docs and fail,
 * naming the file, when a page is missing, malformed, too thin, hard to read or unfinished.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseWalkthrough, walkthroughFile } from '../../src/lib/walkthrough-refs';
import { brokenReferences } from '../../src/lib/references';
import { formatContentIssues } from '../../src/lib/content-errors';
import { validatePageData } from '../../src/lib/validate-page';
import { isTechnology, type PageData } from '../../src/schemas/page';
import { loadPages, projectRoot, starlightKeys } from '../helpers/content-pages';
import { defaultImports, headingList, sectionOf, allJsxElements, type JsxElement } from '../helpers/markdown';
import { placeholderPattern, proseStats, unlabelledCodeBlocks } from '../helpers/prose-stats';
import { conceptHeadings, longGuides, projectHeadings, projectParts, requiredPages, technologyHeadings } from '../helpers/required-pages';
import { checkersFolder } from '../../src/schemas/project';

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

describe('the project ladder', () => {
	const projects = [...parsed.values()].flatMap((data) => (data.kind === 'project' ? [data] : []));

	it('has six or more projects, each with its own checker', () => {
		expect(projects.length).toBeGreaterThanOrEqual(6);
		const checkers = projects.map((data) => data.checker);
		expect(new Set(checkers).size).toBe(checkers.length);
	});

	it('climbs: first steps before next steps, each project after the one before it', () => {
		const ids = new Set(pages.flatMap((page) => (parsed.get(page.id)?.kind === 'project' ? [page.id] : [])));
		const firsts = projects.filter((data) => data.prerequisites.every((id) => !ids.has(id)));
		expect(
			firsts.map((data) => data.title),
			'exactly one project needs no other project',
		).toHaveLength(1);
		expect(projects.some((data) => data.level === 'first-steps') && projects.some((data) => data.level === 'next-steps')).toBe(true);
	});
});

describe('the Order Now walkthrough', () => {
	it('links at least one concept page from every step (through the concepts’ walkthroughSteps)', () => {
		const steps = parseWalkthrough(parseYaml(readFileSync(join(projectRoot, walkthroughFile), 'utf8')));
		const explained = new Set([...parsed.values()].flatMap((data) => (data.kind === 'concept' ? data.walkthroughSteps : [])));
		expect(steps.length).toBeGreaterThan(0);
		expect(steps.map((step) => step.id).filter((id) => !explained.has(id))).toEqual([]);
	});
});

describe('links to a walkthrough step', () => {
	it('name the step by the number it has on the walkthrough page ("step 5" links to step 5)', () => {
		const steps = parseWalkthrough(parseYaml(readFileSync(join(projectRoot, walkthroughFile), 'utf8')));
		const orderOf = new Map(steps.map((step) => [step.id, step.order]));
		const links = pages.flatMap((page) =>
			[...page.body.matchAll(/\[([^\]]*?\bstep (\d+)\b[^\]]*)\]\([^)]*#step-([a-z-]+)\)/gi)].map(([link, , number, id]) => ({
				where: `${page.file}: ${link}`,
				named: Number(number),
				actual: orderOf.get(id ?? ''),
			})),
		);
		expect(links.length, 'links such as [step 5](/start-here/order-now/#step-bill) found in the pages').toBeGreaterThan(5);
		expect(links.filter((link) => link.named !== link.actual).map((link) => `${link.where} (that step is number ${link.actual})`)).toEqual(
			[],
		);
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

	it('gives a time on the learning path no shorter than the time to read it (200 words a minute)', () => {
		const data = parsed.get(page.id);
		expect(data, 'its front-matter must be valid before its time can be checked').toBeDefined();
		if (data?.level === 'reference') return expect(data.minutes, 'a reference page is off the path and gives no time').toBeUndefined();
		const reading = Math.ceil(proseStats(page.body).words / 200);
		expect(data?.minutes, `${proseStats(page.body).words} words take ${reading} minutes to read`).toBeGreaterThanOrEqual(reading);
	});

	it('names the language of every code block', () => {
		const lines = unlabelledCodeBlocks(page.source, page.file);
		expect(lines, `code blocks without a language at lines ${lines.join(', ')}`).toEqual([]);
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
			const headings = headingList(page.body).filter((heading) => heading.depth === 2);
			const inTemplate = headings.map(({ text }) => text).filter((text) => (technologyHeadings as readonly string[]).includes(text));
			expect(inTemplate).toEqual([...technologyHeadings]);
		});

		it('gives 3 to 5 steps for learning it', () => {
			const section = sectionOf(page.body, 'How to start learning it');
			expect(section, 'no section "How to start learning it"').toBeDefined();
			// The items of its numbered lists (not of lists nested inside them).
			const steps = (section ?? []).flatMap((node) => (node.type === 'list' && node.ordered ? node.children : []));
			expect(steps.length).toBeGreaterThanOrEqual(3);
			expect(steps.length).toBeLessThanOrEqual(5);
		});
	}

	if (data?.kind === 'concept') {
		it('has at least 700 words of prose, in sentences of about 15 words', () => {
			const stats = proseStats(page.body);
			expect(stats.words).toBeGreaterThanOrEqual(700);
			expect(stats.averageSentenceWords, `average ${stats.averageSentenceWords.toFixed(1)} words`).toBeLessThanOrEqual(17);
		});

		it('has the sections of the concept template, in order, and no others', () => {
			const headings = headingList(page.body).filter((heading) => heading.depth === 2);
			expect(headings.map(({ text }) => text)).toEqual([...conceptHeadings]);
		});

		it('shows its example as code: a sample file, or a request, command or config', () => {
			const section = sectionOf(page.body, 'A minimal example') ?? [];
			const code = section.filter(
				(node) => node.type === 'code' || (node.type === 'mdxJsxFlowElement' && ['Code', 'Tabs'].includes(node.name ?? '')),
			);
			expect(code.length, 'no code block, <Code> or <Tabs> under "A minimal example"').toBeGreaterThan(0);
		});

		it('gives at least three ways to practise', () => {
			const section = sectionOf(page.body, 'How to practise') ?? [];
			const items = section.flatMap((node) => (node.type === 'list' ? node.children : []));
			expect(items.length).toBeGreaterThanOrEqual(3);
		});
	}

	if (data?.kind === 'project') {
		const project = data;
		it('has the sections of the project template, in order, and no others', () => {
			const headings = headingList(page.body).filter((heading) => heading.depth === 2);
			expect(headings.map(({ text }) => text)).toEqual([...projectHeadings]);
		});

		it.each(Object.entries(projectParts))('draws "%s" from its front-matter: <ProjectPart show="%s" />', (heading, part) => {
			const section = sectionOf(page.body, heading) ?? [];
			const parts = section.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'ProjectPart');
			const shown = allJsxElements(page.source).filter((element) => element.name === 'ProjectPart' && element.attributes['show'] === part);
			expect(parts.length, `no <ProjectPart /> under "${heading}"`).toBe(1);
			expect(shown.length, `<ProjectPart show="${part}" /> must appear once, under "${heading}"`).toBe(1);
		});

		it('shows its checker, a file of samples/projects/checkers/, under "Check your server"', () => {
			expect(existsSync(join(projectRoot, checkersFolder, project.checker)), `no ${checkersFolder}/${project.checker}`).toBe(true);
			const imports = defaultImports(page.source);
			const shows = (element: JsxElement) =>
				(imports.get(element.attributes['code'] ?? '') ?? '').endsWith(`/checkers/${project.checker}?raw`);
			const codes = allJsxElements(page.source).filter((element) => element.name === 'Code' && shows(element));
			expect(codes.length, `no <Code> showing ${project.checker}`).toBe(1);
			const section = sectionOf(page.body, 'Check your server') ?? [];
			expect(section.some((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Code')).toBe(true);
			expect(page.body, 'tell the reader the command that runs it').toContain(`node ${project.checker} http://localhost:3000`);
		});

		it('has at least 300 words of prose', () => {
			expect(proseStats(page.body).words).toBeGreaterThanOrEqual(300);
		});
	}

	if (longGuides.has(page.id)) {
		it('has at least 900 words of prose', () => {
			expect(proseStats(page.body).words).toBeGreaterThanOrEqual(900);
		});
	}
});
