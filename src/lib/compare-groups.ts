import type { TechnologyData } from '../schemas/page';
import { kindRegistry, type KindRegistry, type TechnologyKind } from '../kinds/registry';
import type { CompareSettings } from '../kinds/kind-settings';

/** A comparison group: one kind of technology, with the words its pages use for it (from the kind registry). */
export interface GroupInfo extends CompareSettings {
	kind: TechnologyKind;
}

/** The compared kinds of a registry, in its order (the order the compare index lists them). */
export function compareGroupsOf(registry: KindRegistry): GroupInfo[] {
	return Object.entries(registry.technology).flatMap(([kind, entry]) =>
		entry.compare ? [{ ...entry.compare, kind: kind as TechnologyKind }] : [],
	);
}

/** Every kind the guide compares. */
const groups: readonly GroupInfo[] = compareGroupsOf(kindRegistry);

export interface Technology {
	/** Page id, e.g. "frameworks/django". */
	id: string;
	data: TechnologyData;
}

/** The groups with at least two members, each with its members sorted by name. */
export function comparableGroups(
	technologies: readonly Technology[],
	compared: readonly GroupInfo[] = groups,
): Array<GroupInfo & { members: Technology[] }> {
	return compared.flatMap((group) => {
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
 * Every pair within each group whose kind has pair pages, once: the two are in alphabetical
 * order of their short names, so "django-vs-fastapi" exists and "fastapi-vs-django" never does.
 */
export function pairsOf(technologies: readonly Technology[], compared: readonly GroupInfo[] = groups): Pair[] {
	return comparableGroups(technologies, compared).flatMap((group) => {
		if (!group.pairs || group.members.length > maxMembersForPairs) return [];
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
