import type { TechnologyData } from '../schemas/page';
import type { TechnologyKind } from '../schemas/technology';

/** A comparison group: one kind of technology, with the words its pages use for it. */
export interface GroupInfo {
	kind: TechnologyKind;
	/** URL segment: /compare/<slug>/ */
	slug: string;
	/** "Languages" */
	title: string;
	/** "language", for sentences such as "Compare every language …" */
	noun: string;
	/** A fact to filter rows by (e.g. frameworks by language), if the group has one. */
	facet?: string;
}

/** Every kind that can be compared, in the order the compare index lists them. */
export const groups: readonly GroupInfo[] = [
	{ kind: 'language', slug: 'languages', title: 'Languages', noun: 'language', facet: 'typing' },
	{ kind: 'runtime', slug: 'runtimes', title: 'Runtimes', noun: 'runtime' },
	{ kind: 'framework', slug: 'frameworks', title: 'Frameworks', noun: 'framework', facet: 'language' },
	{ kind: 'database', slug: 'databases', title: 'Databases', noun: 'database', facet: 'dataModel' },
	{ kind: 'api-style', slug: 'api-styles', title: 'API styles', noun: 'API style' },
	{ kind: 'version-control', slug: 'version-control', title: 'Version control', noun: 'version control tool', facet: 'role' },
	{ kind: 'cloud', slug: 'cloud-providers', title: 'Cloud providers', noun: 'cloud provider' },
	{ kind: 'container-tool', slug: 'container-tools', title: 'Container tools', noun: 'container tool', facet: 'role' },
];

export interface Technology {
	/** Page id, e.g. "frameworks/django". */
	id: string;
	data: TechnologyData;
}

/** The groups with at least two members, each with its members sorted by name. */
export function comparableGroups(technologies: readonly Technology[]): Array<GroupInfo & { members: Technology[] }> {
	return groups.flatMap((group) => {
		const members = technologies
			.filter((technology) => technology.data.kind === group.kind)
			.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
		return members.length >= 2 ? [{ ...group, members }] : [];
	});
}

/** The last segment of a page id, used in pair URLs: "frameworks/django" → "django". */
const shortName = (id: string) => id.split('/').at(-1) ?? id;

export interface Pair {
	/** URL segment: "django-vs-fastapi". */
	slug: string;
	group: GroupInfo;
	a: Technology;
	b: Technology;
}

/**
 * Above this many members a group gets its table but no pair pages: n members make
 * n(n-1)/2 pairs, which stops being readable (or quick to build) long before it stops being
 * countable. The guide's real groups are far smaller; the benchmark's synthetic ones are not.
 */
export const maxMembersForPairs = 40;

/**
 * Every pair within each group, once: the two are in alphabetical order of their short
 * names, so "django-vs-fastapi" exists and "fastapi-vs-django" never does.
 */
export function pairsOf(technologies: readonly Technology[]): Pair[] {
	return comparableGroups(technologies).flatMap((group) => {
		if (group.members.length > maxMembersForPairs) return [];
		const sorted = [...group.members].sort((x, y) => shortName(x.id).localeCompare(shortName(y.id), 'en'));
		return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => ({ slug: `${shortName(a.id)}-vs-${shortName(b.id)}`, group, a, b })));
	});
}

/** The pairs a technology is part of, for links from its own page. */
export function pairsWith(id: string, pairs: readonly Pair[]): Array<{ slug: string; other: Technology }> {
	return pairs.flatMap((pair) =>
		pair.a.id === id ? [{ slug: pair.slug, other: pair.b }] : pair.b.id === id ? [{ slug: pair.slug, other: pair.a }] : [],
	);
}
