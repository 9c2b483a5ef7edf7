/**
 * llms.txt and llms-full.txt (the llms.txt proposal: a Markdown index of the site for readers who
 * study with an AI assistant): the index lists every written page in reading order with its
 * one-sentence description, then the generated pages; the full file holds each written page's
 * text. Plain data in, plain text out; src/pages/llms.txt.ts and llms-full.txt.ts serve them.
 */
import { pageHref } from './page-href';

/** A written page as the files list it. */
export interface LlmsPage {
	id: string;
	title: string;
	description: string;
	/** The page's MDX body, for llms-full.txt. */
	body: string;
}

export interface LlmsSite {
	title: string;
	description: string;
	/** The site's root: its full address and base path when SITE_URL is set, else the base path alone. */
	root: string;
}

/** The generated pages worth listing: the learning path and the comparison tables. */
export interface LlmsLink {
	id: string;
	title: string;
	description: string;
}

/**
 * The index. `path` holds the pages on the learning path in reading order; `reference` the
 * rest (home, glossary, notes about the guide), in the order given.
 */
export function llmsIndex(
	site: LlmsSite,
	sections: { path: readonly LlmsPage[]; reference: readonly LlmsPage[]; generated: readonly LlmsLink[] },
): string {
	const line = (page: LlmsLink) => `- [${page.title}](${pageHref(site.root, page.id)}): ${page.description}`;
	return (
		[
			`# ${site.title}`,
			`> ${site.description}`,
			`The whole text of the written pages, in the same order, is in [llms-full.txt](${site.root}llms-full.txt). The technology pages' facts, each with its dated source, are in [technologies.json](${site.root}data/technologies.json).`,
			'## The learning path, in reading order',
			sections.path.map(line).join('\n'),
			'## Reference pages',
			sections.reference.map(line).join('\n'),
			'## Generated pages',
			sections.generated.map(line).join('\n'),
		].join('\n\n') + '\n'
	);
}

/** Every written page's text, one after another, each under its title and address. */
export function llmsFull(site: LlmsSite, pages: readonly LlmsPage[], readImport: (page: LlmsPage, path: string) => string): string {
	const parts = pages.map((page) =>
		[
			`# ${page.title}`,
			`URL: ${pageHref(site.root, page.id)}`,
			`> ${page.description}`,
			mdxToText(page.body, (path) => readImport(page, path), site.root),
		].join('\n\n'),
	);
	return `# ${site.title}\n\n> ${site.description}\n\n${parts.join('\n\n---\n\n')}\n`;
}

/**
 * An MDX body as plain Markdown: imports dropped; <Code code={x} …/> replaced by the imported
 * file in a fenced block; a tab's label kept as a bold line; a <FlowDiagram> as its title and
 * steps; other components and citation markers dropped; site links made whole URLs.
 */
export function mdxToText(body: string, readImport: (path: string) => string, root: string): string {
	const imports = new Map<string, string>();
	for (const match of body.matchAll(/^import\s+(\w+)\s+from\s+['"]([^'"]+)['"];?\s*$/gm)) {
		if (match[1] && match[2]) imports.set(match[1], match[2]);
	}
	return body
		.replace(/^import\s[^\n]*$/gm, '')
		.replace(/<Code\s+code=\{(\w+)\}([^>]*?)\/>/g, (whole, name: string, attrs: string) => {
			const path = imports.get(name);
			if (!path) return whole;
			const lang = /lang="([^"]*)"/.exec(attrs)?.[1] ?? '';
			const title = /title="([^"]*)"/.exec(attrs)?.[1];
			return `${title ? `${title}:\n\n` : ''}\`\`\`${lang}\n${readImport(path).trimEnd()}\n\`\`\``;
		})
		.replace(/<FlowDiagram\s[\s\S]*?\/>/g, (diagram) => {
			const title = /title="([^"]*)"/.exec(diagram)?.[1] ?? 'Diagram';
			const steps = [...diagram.matchAll(/label:\s*'([^']*)'/g)].map((step) => step[1]);
			return `${title}: ${steps.join(' → ')}.`;
		})
		.replace(/<TabItem\s+label="([^"]*)"[^>]*>/g, '**$1**')
		.replace(/<Cite\s[^>]*\/>/g, '')
		.replace(/<\/?[A-Z][\w.]*(\s[^>]*)?\/?>/g, '')
		.replace(/\]\(\/([^)\s]*)\)/g, (_whole, target: string) => `](${root}${target})`)
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
