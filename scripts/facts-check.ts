/**
 * `npm run facts:check [-- --days 90] [--write]`: lists every volatile fact (the schema marks
 * them; a latest version is one) whose source was checked more than `--days` ago, oldest first,
 * then asks each fact's upstream (npm, PyPI, GitHub releases, endoflife.date) for the current
 * value and prints claimed against current. `--write` stores a newer value and today's date,
 * but only where the fact's source is that upstream's own page (nothing else was seen today).
 * Exit 0: nothing stale; 1: something is stale; 2: nothing found stale, but a check could not run.
 */
import { readFileSync, globSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
	isCurrent,
	latestFromResponse,
	rewriteFact,
	staleByAge,
	upstreamApiUrl,
	upstreamPageUrl,
	volatileFacts,
	ageInDays,
	type PageFrontmatter,
	type VolatileFact,
} from './lib/facts-check.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(name);
	return at === -1 ? undefined : args[at + 1];
};
const days = Number(option('--days') ?? process.env['FACTS_MAX_AGE_DAYS'] ?? 90);
const write = args.includes('--write');
const today = new Date().toISOString().slice(0, 10);
if (!Number.isInteger(days) || days < 0) {
	console.error(`--days: expected a whole number of days, got "${option('--days')}"`);
	process.exit(2);
}

/** Which facts each kind marks volatile, from the schema Astro publishes (`astro sync` runs first). */
function volatileKeysByKind(): Map<string, Set<string>> {
	const schema = JSON.parse(readFileSync(join(root, '.astro', 'collections', 'docs.schema.json'), 'utf8')) as {
		oneOf: Array<{ properties: { kind: { const: string }; facts?: { properties: Record<string, { volatile?: boolean }> } } }>;
	};
	return new Map(
		schema.oneOf.map((option) => [
			option.properties.kind.const,
			new Set(Object.entries(option.properties.facts?.properties ?? {}).flatMap(([key, fact]) => (fact.volatile ? [key] : []))),
		]),
	);
}

function pages(): PageFrontmatter[] {
	return globSync('content/docs/**/*.{md,mdx}', { cwd: root }).flatMap((file) => {
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'));
		return match ? [{ file, data: parse(match[1]!) as Record<string, unknown> }] : [];
	});
}

async function current(fact: VolatileFact): Promise<string> {
	const response = await fetch(upstreamApiUrl(fact.upstream!), {
		headers: { accept: 'application/json', 'user-agent': 'backend-atlas-facts-check' },
		signal: AbortSignal.timeout(15_000),
	});
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return latestFromResponse(fact.upstream!.kind, await response.json());
}

const facts = volatileFacts(pages(), volatileKeysByKind());
const old = staleByAge(facts, today, days);
let stale = old.length;
let unchecked = 0;

console.log(`Volatile facts: ${facts.length}. Older than ${days} days (oldest first): ${old.length}`);
for (const fact of old) {
	console.log(
		`  ${fact.checked}  ${String(ageInDays(fact.checked, today)).padStart(4)} days  ${fact.file}  facts.${fact.key} = "${fact.value}"`,
	);
}

const withUpstream = facts.filter((fact) => fact.upstream);
console.log(`\nUpstream checks: ${withUpstream.length}`);
for (const fact of withUpstream) {
	const where = `${fact.upstream!.kind} ${fact.upstream!.name}`;
	let latest: string;
	try {
		latest = await current(fact);
	} catch (error) {
		unchecked += 1;
		console.log(
			`  could not check ${fact.file} (${where}, ${upstreamApiUrl(fact.upstream!)}): ${(error as Error).cause ?? (error as Error).message}; nothing changed`,
		);
		continue;
	}
	if (isCurrent(fact.value, latest)) {
		console.log(`  current   ${fact.file}: "${fact.value}" (${where} says ${latest})`);
		continue;
	}
	if (!old.includes(fact)) stale += 1;
	if (!write) {
		console.log(`  NEWER     ${fact.file}: claimed "${fact.value}", ${where} says ${latest} (run with --write to update)`);
	} else if (fact.sourceUrl !== upstreamPageUrl(fact.upstream!)) {
		console.log(
			`  NEWER     ${fact.file}: claimed "${fact.value}", ${where} says ${latest}; not written: its source is ${fact.sourceUrl}, not ${upstreamPageUrl(fact.upstream!)}, so update it by hand`,
		);
	} else {
		const path = join(root, fact.file);
		writeFileSync(path, rewriteFact(readFileSync(path, 'utf8'), fact.key, latest, fact.sourceKey, today));
		console.log(`  WRITTEN   ${fact.file}: "${fact.value}" → "${latest}", checked ${today}`);
	}
}

console.log(`\n${stale} stale, ${unchecked} could not be checked.`);
process.exit(stale > 0 ? 1 : unchecked > 0 ? 2 : 0);
