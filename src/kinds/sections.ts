/**
 * Folders of guide pages that are sections of their own rather than a kind's folder, with the
 * label the sidebar and search give them. A kind's folder takes its label from its registry entry.
 */
export const guideSections: readonly { folder: string; label: string }[] = [
	{ folder: 'start-here', label: 'Start here' },
	{ folder: 'compare', label: 'Compare' },
	{ folder: 'glossary', label: 'Glossary' },
];
