/** Ids of the sections the guide adds to pages; the table of contents, the components and the tests use these. */
export const anchors = {
	/** The facts box of a technology page. */
	atAGlance: 'at-a-glance',
	/** The self-check questions near the end of a concept, language or framework page. */
	checkYourself: 'check-yourself',
	/** "Read next" and the done button at the end of a page on the learning path. */
	readNext: 'read-next',
	/** The list of related pages at the end of a page. */
	relatedPages: 'related-pages',
	/** The facts compared side by side on a pair page. */
	factsSideBySide: 'facts-side-by-side',
	/** The "Choose X when" section of a pair page for one technology ("frameworks/django"). */
	choose: (id: string) => `choose-${id.replace(/\W/g, '-')}`,
} as const;
