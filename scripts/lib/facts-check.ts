/**
 * The logic of `npm run facts:check`: which volatile facts are old, what their upstream says
 * now, and how to write a newer value back into a page without touching anything else.
 * Plain functions over data; the command in scripts/facts-check.ts does the reading, fetching
 * and printing.
 */
import { parseDocument, isMap, isScalar, type Node } from 'yaml';

/** Where a fact's current value can be read by machine: `npm:express`, `pypi:django`, `github:rails/rails`, `endoflife:python`. */
export type UpstreamKind = 'npm' | 'pypi' | 'github' | 'endoflife';
export interface Upstream {
	kind: UpstreamKind;
	name: string;
}

export interface VolatileFact {
	/** The page file, e.g. "content/docs/frameworks/express.mdx". */
	file: string;
	title: string;
	/** The fact's key, e.g. "latestVersion". */
	key: string;
	value: string;
	sourceKey: string;
	sourceUrl: string;
	checked: string;
	upstream?: Upstream;
}

export interface PageFrontmatter {
	file: string;
	data: Record<string, unknown>;
}

export function parseUpstream(text: string): Upstream {
	const match = /^(npm|pypi|github|endoflife):(\S+)$/.exec(text);
	if (!match) throw new Error(`expected an upstream such as "npm:express", got "${text}"`);
	return { kind: match[1] as UpstreamKind, name: match[2]! };
}

/** Every fact that the schema marks volatile (`volatileKeys` by kind), with its source's date. */
export function volatileFacts(pages: readonly PageFrontmatter[], volatileKeys: ReadonlyMap<string, ReadonlySet<string>>): VolatileFact[] {
	return pages.flatMap(({ file, data }) => {
		const keys = volatileKeys.get(String(data['kind'])) ?? new Set<string>();
		const facts = (data['facts'] ?? {}) as Record<string, { value: unknown; source: string; upstream?: string } | undefined>;
		const sources = (data['sources'] ?? {}) as Record<string, { url: string; checked: string } | undefined>;
		return [...keys].flatMap((key) => {
			const fact = facts[key];
			const source = fact && sources[fact.source];
			if (!fact || !source) return [];
			const found: VolatileFact = {
				file,
				title: String(data['title']),
				key,
				value: String(fact.value),
				sourceKey: fact.source,
				sourceUrl: source.url,
				checked: String(source.checked),
			};
			if (fact.upstream) found.upstream = parseUpstream(fact.upstream);
			return [found];
		});
	});
}

/** Whole days from `checked` to `today` (both YYYY-MM-DD). */
export function ageInDays(checked: string, today: string): number {
	return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${checked}T00:00:00Z`)) / 86_400_000);
}

/** The facts older than `days`, oldest first. */
export function staleByAge(facts: readonly VolatileFact[], today: string, days: number): VolatileFact[] {
	return facts
		.filter((fact) => ageInDays(fact.checked, today) > days)
		.sort((a, b) => a.checked.localeCompare(b.checked) || a.file.localeCompare(b.file));
}

/** The machine-readable address of an upstream's newest version. */
export function upstreamApiUrl({ kind, name }: Upstream): string {
	switch (kind) {
		case 'npm':
			return `https://registry.npmjs.org/${name}/latest`;
		case 'pypi':
			return `https://pypi.org/pypi/${name}/json`;
		case 'github':
			return `https://api.github.com/repos/${name}/releases/latest`;
		case 'endoflife':
			return `https://endoflife.date/api/${name}.json`;
	}
}

/** The page a reader would open to see the same thing: the only source `--write` may date today. */
export function upstreamPageUrl({ kind, name }: Upstream): string {
	switch (kind) {
		case 'npm':
			return `https://www.npmjs.com/package/${name}`;
		case 'pypi':
			return `https://pypi.org/project/${name}/`;
		case 'github':
			return `https://github.com/${name}/releases`;
		case 'endoflife':
			return `https://endoflife.date/${name}`;
	}
}

/** The newest version in an upstream's JSON answer. Throws with what was missing. */
export function latestFromResponse(kind: UpstreamKind, body: unknown): string {
	const record = body as Record<string, unknown> | unknown[] | null;
	let version: unknown;
	if (kind === 'npm') version = (record as Record<string, unknown> | null)?.['version'];
	if (kind === 'pypi') version = ((record as Record<string, unknown> | null)?.['info'] as Record<string, unknown> | undefined)?.['version'];
	if (kind === 'github')
		version = String((record as Record<string, unknown> | null)?.['tag_name'] ?? '').replace(/^v(?=\d)/, '') || undefined;
	if (kind === 'endoflife') version = Array.isArray(record) ? (record[0] as Record<string, unknown> | undefined)?.['latest'] : undefined;
	if (typeof version !== 'string' || !version) throw new Error(`the ${kind} answer has no version where one was expected`);
	return version;
}

/** True when `claimed` is the upstream's newest version, or the release line it belongs to ("6.1" for "6.1.3"). */
export function isCurrent(claimed: string, latest: string): boolean {
	const bare = claimed.replace(/^v/, '').split(/\s/)[0] ?? '';
	return bare === latest || latest.startsWith(`${bare}.`);
}

/** The YAML node at `path` in a document's root map, or undefined. */
function nodeAt(root: Node | null, path: readonly string[]): Node | undefined {
	let node: unknown = root;
	for (const segment of path) {
		if (!isMap(node)) return undefined;
		node = node.get(segment, true);
	}
	return (node as Node | undefined) ?? undefined;
}

/**
 * The page's text with `facts.<key>.value` set to `value` and `sources.<sourceKey>.checked`
 * set to `day`, both quoted; every other byte (layout, comments, the body) is kept.
 */
export function rewriteFact(text: string, key: string, value: string, sourceKey: string, day: string): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!match) throw new Error('no front-matter');
	const offset = match[0].indexOf(match[1]!);
	const document = parseDocument(match[1]!, { keepSourceTokens: true });
	const edits = [
		{ node: nodeAt(document.contents, ['facts', key, 'value']), text: `'${value}'`, what: `facts.${key}.value` },
		{ node: nodeAt(document.contents, ['sources', sourceKey, 'checked']), text: `'${day}'`, what: `sources.${sourceKey}.checked` },
	];
	let result = text;
	for (const edit of edits.sort((a, b) => (b.node?.range?.[0] ?? 0) - (a.node?.range?.[0] ?? 0))) {
		if (!isScalar(edit.node) || !edit.node.range) throw new Error(`no ${edit.what} to update`);
		const [start, end] = edit.node.range;
		result = result.slice(0, offset + start) + edit.text + result.slice(offset + end);
	}
	return result;
}
