import { z } from 'astro/zod';
import { fact, pageBasics, pageId, shortText, year } from './fact';
import { httpsUrl, sourcesSchema } from './source';

/*
 * Technology pages. Each kind has its own typed facts; the shape of `facts` is what the
 * facts box and the comparison tables draw, in declaration order, with each field's
 * `title` as its label. Every fact names a source; see ./fact.ts and ./source.ts.
 */

/** Facts that every technology has. */
const coreFacts = {
	firstRelease: fact(year).meta({ title: 'First release', description: 'Year of the first public release.' }),
	steward: fact(shortText).meta({
		title: 'Created by / steward',
		description: 'Who created it and who looks after it now.',
	}),
};

/** Facts of anything that ships as versioned, licensed software. */
const softwareFacts = {
	...coreFacts,
	license: fact(shortText).meta({ title: 'Licence', description: 'The licence it is released under.' }),
	latestVersion: fact(shortText).meta({
		title: 'Latest stable version',
		description: 'The newest stable release on the day the source was checked; shown "as of" that day.',
		// Goes stale on its own: pages show it "as of" its source's date, and `npm run facts:check` lists it when old.
		volatile: true,
	}),
};

/**
 * Facts for each kind of technology. Every fact is optional: a fact nobody can source with a
 * dated page is left out (tables then say "Not stated"), never filled with a guess. A page
 * still needs at least one fact (checked in page.ts).
 */
export const factsByKind = {
	language: z
		.strictObject({
			...softwareFacts,
			typing: fact(z.enum(['static', 'dynamic', 'gradual'])).meta({
				title: 'Typing',
				description:
					'When types are checked: static (before running), dynamic (while running), or gradual (optional static types over a dynamic language).',
			}),
			paradigms: fact(z.array(shortText).min(1)).meta({ title: 'Paradigms', description: 'Programming styles the language supports.' }),
			implementation: fact(shortText).meta({ title: 'Main implementation', description: 'The compiler or interpreter most people run.' }),
			packageManager: fact(shortText).meta({ title: 'Package manager', description: 'The usual tool for installing libraries.' }),
			concurrency: fact(shortText).meta({ title: 'Concurrency', description: 'How it does several things at once.' }),
		})
		.partial(),
	runtime: z
		.strictObject({
			...softwareFacts,
			language: fact(pageId).meta({ title: 'Runs', description: 'The language page of the code it runs.' }),
			engine: fact(shortText).meta({ title: 'Engine', description: 'The engine that executes the code.' }),
			packageManager: fact(shortText).meta({ title: 'Package manager', description: 'The package manager that ships with it.' }),
			concurrency: fact(shortText).meta({ title: 'Concurrency', description: 'How it does several things at once.' }),
		})
		.partial(),
	framework: z
		.strictObject({
			...softwareFacts,
			language: fact(pageId).meta({ title: 'Language', description: 'The language page of the language it is written for.' }),
			style: fact(z.enum(['full-stack', 'micro', 'structured'])).meta({
				title: 'Style',
				description:
					'full-stack: ships ORM, templates, auth and admin; micro: routing and little else; structured: a fixed architecture for APIs without the full-stack extras.',
			}),
			orm: fact(z.union([z.literal(false), shortText])).meta({
				title: 'Built-in ORM',
				description: 'The ORM that ships with the framework, or false when you pick your own.',
			}),
			async: fact(z.enum(['native', 'partial', 'none'])).meta({
				title: 'Async support',
				description: 'native: async all the way through; partial: some layers are async; none: one request per worker.',
			}),
		})
		.partial(),
	database: z
		.strictObject({
			...softwareFacts,
			dataModel: fact(z.enum(['relational', 'document', 'key-value', 'graph', 'wide-column'])).meta({
				title: 'Data model',
				description: 'How it organises data.',
			}),
			queryLanguage: fact(shortText).meta({ title: 'Query language', description: 'The language you ask it questions in.' }),
			acidTransactions: fact(z.boolean()).meta({
				title: 'ACID transactions',
				description: 'Whether several changes can be saved all together or not at all.',
			}),
		})
		.partial(),
	'api-style': z
		.strictObject({
			...coreFacts,
			license: softwareFacts.license.optional(),
			latestVersion: softwareFacts.latestVersion.optional(),
			specification: fact(shortText).meta({ title: 'Defined by', description: 'The document that defines it.' }),
			transport: fact(shortText).meta({ title: 'Transport', description: 'What carries the messages.' }),
			dataFormat: fact(shortText).meta({ title: 'Data format', description: 'The usual format of the messages.' }),
			schemaBuiltIn: fact(z.boolean()).meta({
				title: 'Schema built in',
				description: 'Whether every API of this style must publish a typed schema.',
			}),
		})
		.partial(),
	'version-control': z
		.strictObject({
			...softwareFacts,
			role: fact(z.enum(['version control system', 'hosting service'])).meta({
				title: 'Role',
				description: 'A tool that records history, or a service that hosts repositories.',
			}),
		})
		.partial(),
	cloud: z
		.strictObject({
			...coreFacts,
			virtualMachines: fact(shortText).meta({ title: 'Virtual machines', description: 'The service that rents you servers.' }),
			functions: fact(shortText).meta({ title: 'Serverless functions', description: 'The service that runs code per request.' }),
			managedSql: fact(shortText).meta({ title: 'Managed SQL database', description: 'The hosted relational database service.' }),
			objectStorage: fact(shortText).meta({ title: 'Object storage', description: 'The file storage service.' }),
			kubernetes: fact(shortText).meta({ title: 'Managed Kubernetes', description: 'The hosted Kubernetes service.' }),
		})
		.partial(),
	'container-tool': z
		.strictObject({
			...softwareFacts,
			role: fact(z.enum(['container engine', 'orchestrator'])).meta({
				title: 'Role',
				description: 'Builds and runs containers, or runs many of them across machines.',
			}),
			configFormat: fact(shortText).meta({ title: 'Configured with', description: 'The file you describe your setup in.' }),
			writtenIn: fact(shortText).meta({ title: 'Written in', description: 'The language it is built in.' }),
		})
		.partial(),
} as const;

export type TechnologyKind = keyof typeof factsByKind;

/** The folder of content/docs that holds each kind's pages; a page elsewhere stops the build. */
export const kindFolders: Readonly<Record<TechnologyKind, string>> = {
	language: 'languages',
	runtime: 'runtimes',
	framework: 'frameworks',
	database: 'databases',
	'api-style': 'apis',
	'version-control': 'version-control',
	cloud: 'cloud',
	'container-tool': 'deploying',
};
export const technologyKinds = Object.keys(factsByKind) as TechnologyKind[];

/** A sentence that finishes "Choose it when …" or "Pick something else when …". */
const reason = z.string().min(10).max(200);

/** Fields every technology page has besides its facts. */
const technologyFields = {
	/** Other names readers type for it ("golang", "k8s", "postgres"); indexed by search. */
	aliases: z.array(z.string().min(1)).default([]),
	/** A common short form of the name ("JS and TS", "K8s"), shown beside the title in search results. */
	abbreviation: z.string().min(1).max(20).optional(),
	/** The official site. It is its own source. */
	website: httpsUrl('the official site'),
	/** Pages this one links to under "Related pages": ids such as "languages/python". */
	related: z.array(pageId).min(1, 'expected at least one related page'),
	/** Pages to read first. */
	prerequisites: z.array(pageId).default([]),
	/** Situations where this is a good choice, each finishing "Choose it when …". */
	chooseWhen: z.array(reason).min(2, 'expected at least two situations'),
	/** Situations where something else fits better, each finishing "Look elsewhere when …". */
	avoidWhen: z.array(reason).min(2, 'expected at least two situations'),
	/** The sources the facts cite, keyed by a short name. */
	sources: sourcesSchema,
};

export function technologySchema<K extends TechnologyKind>(kind: K) {
	return z.strictObject({
		...pageBasics,
		/** What this page describes; picks the set of facts below. */
		kind: z.literal(kind).meta({ folder: kindFolders[kind] }),
		...technologyFields,
		/** The typed facts of this kind, each with its source. */
		facts: factsByKind[kind],
	});
}
