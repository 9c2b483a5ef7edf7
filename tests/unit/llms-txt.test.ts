/** llms.txt and llms-full.txt: the index's order and links, and MDX turned into plain Markdown. */
import { describe, expect, it } from 'vitest';
import { llmsFull, llmsIndex, mdxToText, type LlmsPage } from '../../src/lib/llms-txt';

const site = { title: 'Backend Atlas', description: 'A guide.', root: 'https://guide.example.org/backend-atlas/' };
const page = (id: string, title: string, body = ''): LlmsPage => ({ id, title, description: `About ${title}.`, body });

describe('llms.txt', () => {
	it('lists the path in reading order, then the reference and generated pages, each with its whole URL', () => {
		const text = llmsIndex(site, {
			path: [page('start-here/what-is-the-backend', 'What is the backend?'), page('languages/go', 'Go')],
			reference: [page('index', 'Backend Atlas'), page('glossary', 'Glossary')],
			generated: [{ id: 'compare', title: 'Compare', description: 'Every table.' }],
		});
		expect(text.startsWith('# Backend Atlas\n\n> A guide.\n\n')).toBe(true);
		const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)/gm)].map((match) => `${match[1]} ${match[2]}`);
		expect(links).toEqual([
			'What is the backend? https://guide.example.org/backend-atlas/start-here/what-is-the-backend/',
			'Go https://guide.example.org/backend-atlas/languages/go/',
			'Backend Atlas https://guide.example.org/backend-atlas/',
			'Glossary https://guide.example.org/backend-atlas/glossary/',
			'Compare https://guide.example.org/backend-atlas/compare/',
		]);
		expect(text).toContain('(https://guide.example.org/backend-atlas/llms-full.txt)');
	});
});

describe('MDX as plain Markdown', () => {
	const body = [
		"import { Code, Tabs, TabItem } from '@astrojs/starlight/components';",
		"import server from '../../../samples/http/node/server.ts?raw';",
		'',
		'A request reaches the [gateway](/glossary/#gateway) first.<Cite id="rfc9110" />',
		'',
		'<FlowDiagram',
		'\ttitle="One request"',
		"\tsteps={[{ label: 'Phone app', then: 'sends' }, { label: 'Server', then: 'answers' }]}",
		'/>',
		'',
		'<Tabs syncKey="stack">',
		'<TabItem label="Node.js">',
		'<Code code={server} lang="ts" title="server.ts" />',
		'</TabItem>',
		'</Tabs>',
	].join('\n');
	const files: Record<string, string> = { '../../../samples/http/node/server.ts?raw': 'const port = 3000;\n' };
	const text = mdxToText(body, (path) => files[path] ?? '', '/backend-atlas/');

	it('drops imports, components and citation markers', () => {
		expect(text).not.toMatch(/import|<Cite|<Tabs|<\/TabItem|<FlowDiagram/);
	});

	it('inlines the sample a <Code> shows, with its language and title', () => {
		expect(text).toContain('**Node.js**\nserver.ts:\n\n```ts\nconst port = 3000;\n```');
	});

	it('keeps a diagram as its title and steps, and roots site links at the base', () => {
		expect(text).toContain('One request: Phone app → Server.');
		expect(text).toContain('[gateway](/backend-atlas/glossary/#gateway) first.');
	});

	it('puts every page under its title and address in llms-full.txt', () => {
		const full = llmsFull(site, [page('concepts/http', 'HTTP in depth', 'Text.'), page('glossary', 'Glossary', 'Words.')], () => '');
		expect(full).toContain(
			'# HTTP in depth\n\nURL: https://guide.example.org/backend-atlas/concepts/http/\n\n> About HTTP in depth.\n\nText.\n\n---\n\n# Glossary',
		);
	});
});
