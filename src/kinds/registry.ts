import { z } from 'astro/zod';
import { fact, pageIdOfKind, shortText } from '../schemas/fact';
import { guideSchema } from '../schemas/guide';
import { conceptSchema } from '../schemas/concept';
import { projectSchema, projectsFolder } from '../schemas/project';
import { technologyKind, type ProseKindSettings } from './kind-settings';
import { coreFacts, softwareFacts } from './shared-facts';

/*
 * THE KIND REGISTRY: every kind of page, declared once. Adding a kind is one entry here plus
 * its pages; its schema, sidebar section, search label and filter, comparison table, pair pages,
 * reference checks and the README's table of kinds all follow from the entry.
 * The order of the technology kinds is the order of the sidebar sections and the compare index.
 */

/** Kinds of prose page. */
export const proseKinds = {
	guide: {
		schema: guideSchema,
		search: { label: 'Guide', facet: 'Guide', bySection: true },
	},
	concept: {
		schema: conceptSchema,
		folder: 'concepts',
		sidebar: { label: 'Concepts' },
		search: { label: 'Concept', facet: 'Concept', bySection: false },
	},
	project: {
		schema: projectSchema,
		folder: projectsFolder,
		sidebar: { label: 'Projects' },
		search: { label: 'Project', facet: 'Project', bySection: false },
	},
} as const satisfies Record<string, ProseKindSettings>;

/** Kinds of technology page, each with its typed facts. */
export const technologyKinds = {
	language: technologyKind({
		folder: 'languages',
		sidebar: { group: 'Languages and frameworks', label: 'Languages' },
		search: { label: 'Language', facet: 'Language' },
		compare: { slug: 'languages', title: 'Languages', noun: 'language', facet: 'typing', pairs: true },
		facts: {
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
		},
	}),
	runtime: technologyKind({
		folder: 'runtimes',
		sidebar: { group: 'Languages and frameworks', label: 'Runtimes' },
		search: { label: 'Runtime', facet: 'Runtime' },
		compare: { slug: 'runtimes', title: 'Runtimes', noun: 'runtime', pairs: true },
		facts: {
			...softwareFacts,
			language: fact(pageIdOfKind('language')).meta({ title: 'Runs', description: 'The language page of the code it runs.' }),
			engine: fact(shortText).meta({ title: 'Engine', description: 'The engine that executes the code.' }),
			packageManager: fact(shortText).meta({ title: 'Package manager', description: 'The package manager that ships with it.' }),
			concurrency: fact(shortText).meta({ title: 'Concurrency', description: 'How it does several things at once.' }),
		},
	}),
	framework: technologyKind({
		folder: 'frameworks',
		sidebar: { group: 'Languages and frameworks', label: 'Frameworks' },
		search: { label: 'Framework', facet: 'Framework' },
		compare: { slug: 'frameworks', title: 'Frameworks', noun: 'framework', facet: 'language', pairs: true },
		facts: {
			...softwareFacts,
			language: fact(pageIdOfKind('language')).meta({
				title: 'Language',
				description: 'The language page of the language it is written for.',
			}),
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
		},
	}),
	database: technologyKind({
		folder: 'databases',
		sidebar: { group: 'Tools', label: 'Databases' },
		search: { label: 'Database', facet: 'Database' },
		compare: { slug: 'databases', title: 'Databases', noun: 'database', facet: 'dataModel', pairs: true },
		facts: {
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
		},
	}),
	'api-style': technologyKind({
		folder: 'apis',
		sidebar: { group: 'Tools', label: 'APIs' },
		search: { label: 'API style', facet: 'API style' },
		compare: { slug: 'api-styles', title: 'API styles', noun: 'API style', pairs: true },
		facts: {
			...coreFacts,
			license: softwareFacts.license,
			latestVersion: softwareFacts.latestVersion,
			specification: fact(shortText).meta({ title: 'Defined by', description: 'The document that defines it.' }),
			transport: fact(shortText).meta({ title: 'Transport', description: 'What carries the messages.' }),
			dataFormat: fact(shortText).meta({ title: 'Data format', description: 'The usual format of the messages.' }),
			schemaBuiltIn: fact(z.boolean()).meta({
				title: 'Schema built in',
				description: 'Whether every API of this style must publish a typed schema.',
			}),
		},
	}),
	'version-control': technologyKind({
		folder: 'version-control',
		sidebar: { group: 'Tools', label: 'Version control' },
		search: { label: 'Tool', facet: 'Tool' },
		compare: { slug: 'version-control', title: 'Version control', noun: 'version control tool', facet: 'role', pairs: true },
		facts: {
			...softwareFacts,
			role: fact(z.enum(['version control system', 'hosting service'])).meta({
				title: 'Role',
				description: 'A tool that records history, or a service that hosts repositories.',
			}),
		},
	}),
	cloud: technologyKind({
		folder: 'cloud',
		sidebar: { group: 'Tools', label: 'Cloud' },
		search: { label: 'Tool', facet: 'Tool' },
		compare: { slug: 'cloud-providers', title: 'Cloud providers', noun: 'cloud provider', pairs: true },
		facts: {
			...coreFacts,
			virtualMachines: fact(shortText).meta({ title: 'Virtual machines', description: 'The service that rents you servers.' }),
			functions: fact(shortText).meta({ title: 'Serverless functions', description: 'The service that runs code per request.' }),
			managedSql: fact(shortText).meta({ title: 'Managed SQL database', description: 'The hosted relational database service.' }),
			objectStorage: fact(shortText).meta({ title: 'Object storage', description: 'The file storage service.' }),
			kubernetes: fact(shortText).meta({ title: 'Managed Kubernetes', description: 'The hosted Kubernetes service.' }),
		},
	}),
	'container-tool': technologyKind({
		folder: 'deploying',
		sidebar: { group: 'Tools', label: 'Deploying and scaling' },
		search: { label: 'Tool', facet: 'Tool' },
		compare: { slug: 'container-tools', title: 'Container tools', noun: 'container tool', facet: 'role', pairs: true },
		facts: {
			...softwareFacts,
			role: fact(z.enum(['container engine', 'orchestrator'])).meta({
				title: 'Role',
				description: 'Builds and runs containers, or runs many of them across machines.',
			}),
			configFormat: fact(shortText).meta({ title: 'Configured with', description: 'The file you describe your setup in.' }),
			writtenIn: fact(shortText).meta({ title: 'Written in', description: 'The language it is built in.' }),
		},
	}),
	'web-server': technologyKind({
		folder: 'web-servers',
		sidebar: { group: 'Tools', label: 'Web servers' },
		search: { label: 'Web server', facet: 'Tool' },
		compare: { slug: 'web-servers', title: 'Web servers', noun: 'web server', facet: 'automaticHttps', pairs: true },
		facts: {
			...softwareFacts,
			roles: fact(z.array(z.enum(['static files', 'reverse proxy', 'load balancer', 'cache'])).min(1)).meta({
				title: 'Jobs it does',
				description:
					'What it can do out of the box: serve static files from disk, pass requests on to your app (reverse proxy), spread them over several copies (load balancer), keep copies of responses (cache).',
			}),
			automaticHttps: fact(z.boolean()).meta({
				title: 'Automatic HTTPS',
				description: 'Whether the server itself, with no add-on, obtains TLS certificates and renews them before they expire.',
			}),
			configFormat: fact(shortText).meta({ title: 'Configured with', description: 'The file or format you describe your sites in.' }),
			writtenIn: fact(shortText).meta({ title: 'Written in', description: 'The language it is built in.' }),
		},
	}),
};

/** The whole registry, as the derivations take it (tests pass one with a fixture kind added). */
export interface KindRegistry {
	prose: Readonly<Record<string, ProseKindSettings>>;
	technology: Readonly<Record<string, ReturnType<typeof technologyKind>>>;
}

export const kindRegistry = { prose: proseKinds, technology: technologyKinds } satisfies KindRegistry;

export type TechnologyKind = keyof typeof technologyKinds;
