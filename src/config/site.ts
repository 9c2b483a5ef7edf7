/** The guide's name and one-sentence description: Starlight's title and description, llms.txt, the share cards. */
export const siteTitle = 'Backend Atlas';

export const siteDescription =
	'A free, searchable guide to backend development: what each technology does, when to choose it, and how to start.';
