/**
 * `npm run new -- <kind> <slug>`: writes content/docs/<folder>/<slug>.mdx with every field and
 * section the kind requires, ready to fill in. The fields come from the page schema as Astro
 * publishes it (.astro/collections/docs.schema.json, refreshed by `astro sync` in the npm
 * script), so the template always matches what the build checks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface JsonSchema {
	const?: string;
	title?: string;
	description?: string;
	folder?: string;
	properties?: Record<string, JsonSchema>;
}

const root = join(import.meta.dirname, '..');
const schemaFile = join(root, '.astro', 'collections', 'docs.schema.json');

/** Every page kind with its schema, from Astro's generated JSON schema. */
function pageKinds(): Map<string, JsonSchema> {
	const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { oneOf: JsonSchema[] };
	return new Map(schema.oneOf.map((option) => [option.properties?.['kind']?.const ?? '', option]));
}

const technologySections = [
	'What it is',
	'What it is good at',
	'Trade-offs and when to choose something else',
	'Example',
	'How to start learning it',
];

/** The text of a new page of `kind`, titled from its slug. */
function template(kind: string, schema: JsonSchema, slug: string): string {
	const title = slug
		.split('-')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
	const today = new Date().toISOString().slice(0, 10);
	const lines = [
		'---',
		`title: ${title}`,
		'description: "One sentence, 40 to 240 characters, that sums it up."',
		`kind: ${kind}`,
		`added: '${today}' # the day the page is first published (the day of its first commit); never changed later`,
		`reviewed: '${today}' # the last day a person read the whole page against its sources (CONTRIBUTING.md)`,
		'level: first-steps # its stage on the learning path: start, first-steps, next-steps (or reference, off the path)',
		'minutes: 15 # reading at 200 words a minute plus the practice it asks for (CONTRIBUTING.md)',
	];
	if (kind === 'guide') {
		lines.push(
			'prerequisites: [] # the pages to read first; only a start page may have none',
			'related: []',
			'---',
			'',
			'## First section',
			'',
			'Write the page here, one sentence a line.',
			'',
		);
		return lines.join('\n');
	}
	if (kind === 'project') {
		lines.push(
			'prerequisites: [] # the project before this one, and the concept pages it needs',
			'practises: [] # the concept pages whose ideas it puts to work, such as concepts/http',
			'checklist: # 3 to 8 requirements a finished project meets; the checker tests those it can see',
			'  - "GET /api/… answers 200 with …"',
			'  - "A second requirement"',
			'  - "A third requirement"',
			'stretch: # 2 to 4 things to try once the checklist is done',
			'  - "A first stretch goal"',
			'  - "A second stretch goal"',
			`checker: check-${slug}.mjs # its checker, a file of samples/projects/checkers/ (copy one that exists)`,
			'related: []',
			'---',
			'',
			"import { Code } from '@astrojs/starlight/components';",
			"import ProjectPart from '@components/ProjectPart.astro';",
			`import checker from '../../../samples/projects/checkers/check-${slug}.mjs?raw';`,
			'',
			'## What you build',
			'',
			'The endpoints, what they answer, and the rules behind them.',
			'',
			'## What it practises',
			'',
			'<ProjectPart show="practises" />',
			'',
			'## Acceptance checklist',
			'',
			'<ProjectPart show="checklist" />',
			'',
			'## Stretch goals',
			'',
			'<ProjectPart show="stretch" />',
			'',
			'## Check your server',
			'',
			'<ProjectPart show="checker" />',
			'',
			'```bash',
			`node check-${slug}.mjs http://localhost:3000`,
			'```',
			'',
			`<Code code={checker} lang="js" title="check-${slug}.mjs" />`,
			'',
		);
		return lines.join('\n');
	}
	const facts = schema.properties?.['facts'];
	lines.push(
		'website: https://example.org/',
		'related: []',
		'prerequisites: [] # the pages to read first, such as its language',
		'chooseWhen:',
		'  - "finishes the sentence: Choose it when …"',
		'  - "a second situation where it fits"',
		'avoidWhen:',
		'  - "finishes the sentence: Look elsewhere when …"',
		'  - "a second situation where something else fits"',
		'sources:',
		'  main:',
		'    title: "The page that states the facts, as a reader would recognise it"',
		'    url: https://example.org/docs/',
		`    checked: '${today}' # the day you saw the fact there`,
		'facts:',
	);
	// Every fact is optional: delete the ones you cannot source with a dated page.
	lines.push('  # Delete any fact you cannot source with a dated page; never guess one.');
	for (const [key, fact] of Object.entries(facts?.properties ?? {})) {
		lines.push(`  # ${fact.title ?? key}: ${fact.description ?? ''}`);
		lines.push(`  ${key}: { value: "", source: main }`);
	}
	lines.push('---', '');
	for (const section of technologySections) lines.push(`## ${section}`, '', '');
	return lines.join('\n');
}

const [kind, slug] = process.argv.slice(2);
const kinds = pageKinds();
const usage = `Usage: npm run new -- <kind> <slug>\nKinds: ${[...kinds.keys()].join(', ')}`;
if (!kind || !slug) {
	console.error(usage);
	process.exit(2);
}
const schema = kinds.get(kind);
if (!schema) {
	console.error(`Unknown kind "${kind}".\n${usage}`);
	process.exit(2);
}
if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
	console.error(`The slug must be lower-case words joined by dashes, such as "ruby-on-rails"; got "${slug}".`);
	process.exit(2);
}
const folder = schema.properties?.['kind']?.folder;
const file = join(root, 'content', 'docs', ...(folder ? [folder] : []), `${slug}.mdx`);
if (existsSync(file) || existsSync(file.replace(/\.mdx$/, '.md'))) {
	console.error(`${file} already exists.`);
	process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, template(kind, schema, slug));
console.log(`Wrote ${file.slice(root.length + 1)}. Fill in every field and section; \`npm run test:unit\` checks it.`);
