import { z } from 'astro/zod';
import { pageBasics, pageId } from './fact';
import { sourcesSchema } from './source';
import { pathFields } from './path';

/*
 * Concept pages: the ideas every backend rests on (HTTP, logging in, transactions, caching …),
 * each explained for a beginner against the Order Now walkthrough. The body follows the
 * template that CONTRIBUTING.md describes; the tests check its sections and length.
 */

/** A glossary entry by its anchor: "glossary#idempotency". */
const glossaryTerm = z
	.string({ error: 'expected a glossary anchor such as "glossary#idempotency"' })
	.regex(/^glossary#[a-z0-9][a-z0-9-]*$/, 'expected a glossary anchor such as "glossary#idempotency"');

/** The id of a walkthrough step (content/walkthrough/order-now.yaml), such as "save-order". */
const walkthroughStepId = z
	.string({ error: 'expected the id of a walkthrough step, such as "save-order"' })
	.regex(/^[a-z][a-z0-9-]*$/, 'expected the id of a walkthrough step, such as "save-order"');

export const conceptSchema = z.strictObject({
	...pageBasics,
	kind: z.literal('concept'),
	/** The idea in one plain sentence, shown at the top of the page. */
	summary: z
		.string({ error: 'expected the idea in one sentence' })
		.min(30, 'expected a summary of at least 30 characters')
		.max(200, 'expected a summary of at most 200 characters (one sentence)'),
	...pathFields,
	/** The walkthrough steps this idea explains, by id; each step then links here. */
	walkthroughSteps: z.array(walkthroughStepId).default([]),
	/** The glossary entries of the words a reader meets on the page. */
	keyTerms: z.array(glossaryTerm).min(1, 'expected at least one glossary term'),
	/** Other words readers type for this idea; indexed by search. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Pages this one links to under "Related pages". */
	related: z.array(pageId).min(1, 'expected at least one related page'),
	/** Sources for every figure or claim that needs one, keyed by a short name. */
	sources: sourcesSchema.default({}),
});
