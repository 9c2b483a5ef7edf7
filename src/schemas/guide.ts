import { z } from 'astro/zod';
import { pageBasics, pageId } from './fact';
import { sourcesSchema } from './source';
import { pathFields } from './path';

/** Guide pages: concepts, the walkthrough, why learn, how to start, overviews, glossary. */
export const guideSchema = z.strictObject({
	...pageBasics,
	kind: z.literal('guide'),
	...pathFields,
	/** Other words readers type for this topic; indexed by search. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Pages this one links to under "Related pages". */
	related: z.array(pageId).default([]),
	/** Sources for figures quoted in the prose, keyed by a short name. */
	sources: sourcesSchema.default({}),
});
