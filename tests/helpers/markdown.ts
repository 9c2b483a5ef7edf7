/**
 * Pages read by the MDX parser the build itself uses (satteri, Astro 7's default), so the tests
 * see what the build sees: a line inside a code block is never taken for a heading, and the
 * headings and code inside components (tabs) count. Anchors come from github-slugger, as Astro's.
 */
import GithubSlugger from 'github-slugger';
import ts from 'typescript';
import { mdxToMdast, type MdastNode } from 'satteri';

const trees = new Map<string, MdastNode>();

/** The page's syntax tree (cached: the content tests ask for the same page several times). */
export function mdxTree(source: string): MdastNode {
	let tree = trees.get(source);
	if (!tree) {
		tree = mdxToMdast(source);
		trees.set(source, tree);
	}
	return tree;
}

/** Every node under `node`, itself included, in document order. */
function* descendants(node: MdastNode): Generator<MdastNode> {
	yield node;
	if ('children' in node) for (const child of node.children) yield* descendants(child as MdastNode);
}

/** The nodes of one type, typed. */
export function nodesOfType<Type extends MdastNode['type']>(node: MdastNode, type: Type): Extract<MdastNode, { type: Type }>[] {
	return [...descendants(node)].filter((candidate): candidate is Extract<MdastNode, { type: Type }> => candidate.type === type);
}

/** The text a reader sees in a node: words, inline code and link text; no JSX expressions. */
export function textOf(node: MdastNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return ' ';
	if (!('children' in node)) return '';
	return node.children.map((child) => textOf(child as MdastNode)).join('');
}

export interface Heading {
	depth: number;
	text: string;
	/** The anchor Astro gives it: github-slugger, so a repeated heading gets "-1", "-2"… */
	slug: string;
}

/** Every heading of the page, h1 to h6, in order. */
export function headingList(source: string): Heading[] {
	const slugger = new GithubSlugger();
	return nodesOfType(mdxTree(source), 'heading').map((heading) => {
		const text = textOf(heading).trim();
		return { depth: heading.depth, text, slug: slugger.slug(text) };
	});
}

/** The headings (h2 to h6) of a page, by anchor; repeated headings are all kept, each with its own anchor. */
export function headingsOf(source: string): Map<string, string> {
	return new Map(headingList(source).flatMap((heading) => (heading.depth >= 2 ? [[heading.slug, heading.text] as const] : [])));
}

/** The top-level nodes of the section under the h2 `title`, up to the next h1 or h2; undefined without one. */
export function sectionOf(source: string, title: string): MdastNode[] | undefined {
	const top = (mdxTree(source) as Extract<MdastNode, { type: 'root' }>).children as MdastNode[];
	const start = top.findIndex((node) => node.type === 'heading' && node.depth === 2 && textOf(node).trim() === title);
	if (start < 0) return undefined;
	const after = top.slice(start + 1);
	const end = after.findIndex((node) => node.type === 'heading' && node.depth <= 2);
	return end < 0 ? after : after.slice(0, end);
}

/**
 * The blocks of prose a reader reads, one string per paragraph: list items, quotes and text
 * inside components included; code, tables, headings, imports and JSX expressions left out.
 */
export function proseBlocks(source: string): string[] {
	return [...descendants(mdxTree(source))]
		.filter(
			(node) =>
				node.type === 'paragraph' ||
				// Text written on the same line as its component (<Aside>Words.</Aside>) has no paragraph.
				(node.type === 'mdxJsxFlowElement' && node.children.some((child) => (child as MdastNode).type === 'text')),
		)
		.map((node) => textOf(node).replace(/\s+/g, ' ').trim())
		.filter((block) => /[A-Za-z]/.test(block));
}

/** A component used on the page: its name and its attributes (an expression's source as written). */
export interface JsxElement {
	name: string;
	attributes: Record<string, string>;
	/** The elements inside it. */
	children: JsxElement[];
	node: MdastNode;
}

function jsxOf(node: MdastNode): JsxElement[] {
	const children = 'children' in node ? node.children.flatMap((child) => jsxOf(child as MdastNode)) : [];
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return children;
	const attributes: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') continue;
		const value = attribute.value;
		attributes[attribute.name] = typeof value === 'string' ? value : (value?.value ?? 'true');
	}
	return [{ name: node.name ?? '', attributes, children, node }];
}

/** The components at the top of the page's tree, each with the components inside it. */
export function jsxElements(source: string): JsxElement[] {
	return jsxOf(mdxTree(source));
}

/** Every component used on the page, nested ones included, in document order. */
export function allJsxElements(source: string): JsxElement[] {
	const flat = (elements: readonly JsxElement[]): JsxElement[] => elements.flatMap((element) => [element, ...flat(element.children)]);
	return flat(jsxElements(source));
}

/** The page's default imports, by local name: `import src from '../x.mjs?raw'` → src: '../x.mjs?raw'. */
export function defaultImports(source: string): Map<string, string> {
	const code = nodesOfType(mdxTree(source), 'mdxjsEsm')
		.map((node) => node.value)
		.join('\n');
	const file = ts.createSourceFile('imports.mjs', code, ts.ScriptTarget.Latest);
	const imports = new Map<string, string>();
	for (const statement of file.statements) {
		if (ts.isImportDeclaration(statement) && statement.importClause?.name && ts.isStringLiteral(statement.moduleSpecifier)) {
			imports.set(statement.importClause.name.text, statement.moduleSpecifier.text);
		}
	}
	return imports;
}
