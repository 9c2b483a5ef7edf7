import { z } from 'astro/zod';

/*
 * What a kind of page declares about itself. The registry (./registry.ts) holds one entry per
 * kind; everything else (schemas, sidebar, search, compare groups, reference checks, the
 * README's table) is derived from those entries by the functions in this folder.
 */

/** Where a kind's pages are listed in the sidebar. */
interface SidebarPlacement {
	/** The section's label: "Languages". */
	label: string;
	/** The group the section sits in ("Languages and frameworks"); a top-level section when absent. */
	group?: string;
}

/** What search shows beside a result and filters by. */
interface SearchSettings {
	/** The word beside a result's title: "Django · Framework". */
	label: string;
	/** The value of the search filter "kind" (several kinds may share one: "Tool"). */
	facet: string;
}

/** The comparison table of a kind, at /compare/<slug>/. */
export interface CompareSettings<FactKey extends string = string> {
	/** URL segment: "languages". */
	slug: string;
	/** "Languages", the table's title. */
	title: string;
	/** "language", for sentences such as "every language in the guide". */
	noun: string;
	/** A fact the table can be filtered by (frameworks by language). */
	facet?: FactKey;
	/** Whether each pair of members gets its own "A vs B" page. */
	pairs: boolean;
}

/** A technology kind: typed facts, a folder of its own, a sidebar section, a search label, a comparison table. */
export interface TechnologyKindSettings<Shape extends z.ZodRawShape = z.ZodRawShape> {
	/** The folder of content/docs that holds its pages; a page elsewhere stops the build. */
	folder: string;
	sidebar: SidebarPlacement;
	search: SearchSettings;
	/** Its comparison table; a kind without one is not compared. */
	compare?: CompareSettings<Extract<keyof Shape, string>>;
	/** Its facts, in the order the facts box and the tables show them. Each is optional (see technologyKind). */
	facts: Shape;
}

/**
 * One technology kind's entry. Every fact is optional: a fact nobody can source with a dated
 * page is left out (tables then say "Not stated"), never filled with a guess. A page still
 * needs at least one fact (checked in src/schemas/page.ts).
 */
export function technologyKind<Shape extends z.ZodRawShape>(settings: TechnologyKindSettings<Shape>) {
	return { ...settings, facts: z.strictObject(settings.facts).partial() };
}

export type TechnologyKindEntry = ReturnType<typeof technologyKind>;

/** A kind of prose page (a guide): its own front-matter schema, no facts table. */
export interface ProseKindSettings<Schema extends z.ZodObject = z.ZodObject> {
	/** The page's front-matter beyond Starlight's, with `kind: z.literal(<name>)`. */
	schema: Schema;
	/** Its label and filter in search; guides are labelled by the section they sit in, when it has a label. */
	search: SearchSettings & { bySection: boolean };
	/** A folder of its own, and its sidebar section, if it has one. */
	folder?: string;
	sidebar?: SidebarPlacement;
}
