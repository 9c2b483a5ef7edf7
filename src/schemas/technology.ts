import { z } from 'astro/zod';
import { pageBasics, pageId } from './fact';
import { httpsUrl, sourcesSchema } from './source';
import type { TechnologyKindEntry } from '../kinds/kind-settings';
import { pathFields } from './path';

/*
 * Technology pages. Each kind's typed facts are declared in the kind registry
 * (src/kinds/registry.ts); the shape of `facts` is what the facts box and the comparison tables
 * draw, in declaration order, with each field's `title` as its label. Every fact names a
 * source; see ./fact.ts and ./source.ts.
 */

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
	/** Situations where this is a good choice, each finishing "Choose it when …". */
	chooseWhen: z.array(reason).min(2, 'expected at least two situations'),
	/** Situations where something else fits better, each finishing "Look elsewhere when …". */
	avoidWhen: z.array(reason).min(2, 'expected at least two situations'),
	/** The sources the facts cite, keyed by a short name. */
	sources: sourcesSchema,
};

/** The front-matter of a page of one technology kind, from its registry entry. */
export function technologySchema<K extends string, Entry extends TechnologyKindEntry>(kind: K, entry: Entry) {
	return z.strictObject({
		...pageBasics,
		/** What this page describes; picks the set of facts below. */
		kind: z.literal(kind).meta({ folder: entry.folder }),
		...pathFields,
		...technologyFields,
		/** The typed facts of this kind, each with its source. */
		facts: entry.facts as Entry['facts'],
	});
}
