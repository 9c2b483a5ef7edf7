/**
 * What search shows and filters by for each page: a label for its kind or section.
 * Technology pages are labelled by kind; guide pages by the section they sit in.
 */
const kindLabels: Record<string, string> = {
	language: 'Language',
	runtime: 'Runtime',
	framework: 'Framework',
	database: 'Database',
	'api-style': 'API style',
	'version-control': 'Tool',
	cloud: 'Tool',
	'container-tool': 'Tool',
};

/** The search filter value ("kind") of a page: Language, Runtime, Framework, Database, API style, Tool or Guide. */
export function searchKind(kind: string): string {
	return kindLabels[kind] ?? 'Guide';
}

const sectionLabels: Record<string, string> = {
	'start-here': 'Start here',
	databases: 'Databases',
	apis: 'APIs',
	'version-control': 'Version control',
	cloud: 'Cloud',
	deploying: 'Deploying and scaling',
	compare: 'Compare',
	glossary: 'Glossary',
};

/** The label shown beside a result: the kind for technologies, the section for guides. */
export function searchLabel(id: string, kind: string): string {
	if (kind !== 'guide') return searchKind(kind);
	return sectionLabels[id.split('/')[0] ?? ''] ?? 'Guide';
}
