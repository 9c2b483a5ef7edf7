/**
 * Every page the content brief (shared/design/content-brief.md) asks for, by id.
 * The content tests fail when one is missing.
 */
export const requiredPages = {
	'Start here': [
		'start-here/what-is-the-backend',
		'start-here/order-now',
		'start-here/why-learn-backend',
		'start-here/how-to-start',
		'start-here/choose-your-stack',
	],
	'Languages and frameworks': [
		'languages/python',
		'frameworks/django',
		'frameworks/fastapi',
		'languages/java',
		'frameworks/spring-boot',
		'languages/javascript',
		'languages/typescript',
		'runtimes/nodejs',
		'frameworks/express',
		'frameworks/nestjs',
		'languages/go',
		'languages/php',
		'frameworks/laravel',
		'languages/ruby',
		'frameworks/rails',
	],
	Tools: [
		'databases',
		'databases/mysql',
		'databases/postgresql',
		'databases/mongodb',
		'apis',
		'apis/rest',
		'apis/graphql',
		'version-control',
		'version-control/git',
		'version-control/github',
		'cloud',
		'cloud/aws',
		'cloud/google-cloud',
		'cloud/azure',
		'deploying',
		'deploying/docker',
		'deploying/kubernetes',
	],
	Concepts: [
		'concepts/http',
		'concepts/validating-input',
		'concepts/sql-and-data-modelling',
		'concepts/authentication',
		'concepts/storing-passwords',
		'concepts/authorization',
		'concepts/security-basics',
		'concepts/testing',
		'concepts/configuration-and-secrets',
		'concepts/first-deployment',
		'concepts/logging-and-monitoring',
		'concepts/ci-cd',
		'concepts/transactions-and-concurrency',
		'concepts/caching',
		'concepts/background-jobs',
		'concepts/real-time-updates',
		'concepts/scaling',
		'concepts/monoliths-and-microservices',
		'concepts/serverless',
	],
	'Technologies a beginner meets next': [
		'languages/csharp',
		'frameworks/aspnet-core',
		'databases/sqlite',
		'databases/redis',
		'web-servers/nginx',
		'web-servers/caddy',
	],
	Projects: [
		'projects',
		'projects/menu-api',
		'projects/orders',
		'projects/accounts',
		'projects/payments',
		'projects/restaurant-notifications',
		'projects/ship-it',
		'projects/reference-server',
	],
	Closing: ['glossary', 'what-next'],
} as const;

/**
 * Guide pages held to the longer word minimum: the "Start here" pages that are read as text. The
 * stack chooser is a tool; its rules table, not its prose, carries what it has to say.
 */
export const longGuides = new Set<string>(requiredPages['Start here'].filter((id) => id !== 'start-here/choose-your-stack'));

/** The section headings every technology page has, in order (others are generated). */
export const technologyHeadings = [
	'What it is',
	'What it is good at',
	'Trade-offs and when to choose something else',
	'Example',
	'How to start learning it',
] as const;

/** The section headings every concept page has, in this order and no others (CONTRIBUTING.md, "A concept page"). */
export const conceptHeadings = [
	'The problem it solves',
	'How it works',
	'Where it happens in Order Now',
	'A minimal example',
	'Common mistakes',
	'How to practise',
] as const;

/** The section headings every project page has, in this order and no others (CONTRIBUTING.md, "A project page"). */
export const projectHeadings = [
	'What you build',
	'What it practises',
	'Acceptance checklist',
	'Stretch goals',
	'Check your server',
] as const;

/** The part of the front-matter each drawn section of a project page shows (`<ProjectPart show="…" />`). */
export const projectParts: Readonly<Record<string, string>> = {
	'What it practises': 'practises',
	'Acceptance checklist': 'checklist',
	'Stretch goals': 'stretch',
	'Check your server': 'checker',
};
