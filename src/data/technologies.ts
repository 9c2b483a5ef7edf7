/**
 * The technology pages as loaded by Astro, for generated routes and components.
 * (Astro-side: src/lib stays free of astro:content so it can be unit-tested.)
 */
import { getCollection } from 'astro:content';
import { comparableGroups, maxMembersForPairs, pairsOf, type Pair, type Technology } from '../lib/compare-groups';
import { isTechnology } from '../schemas/page';

let technologies: Promise<Technology[]> | undefined;

/** Every technology page, loaded once per build. */
export function loadTechnologies(): Promise<Technology[]> {
	technologies ??= getCollection('docs').then((entries) =>
		entries.flatMap((entry) => (isTechnology(entry.data) ? [{ id: entry.id, data: entry.data }] : [])),
	);
	return technologies;
}

export async function loadTitles(): Promise<(id: string) => string | undefined> {
	const entries = await getCollection('docs');
	const titles = new Map(entries.map((entry) => [entry.id, entry.data.title]));
	return (id) => titles.get(id);
}

let pairs: Promise<Pair[]> | undefined;

/** Every pair page, computed once per build. */
export function loadPairs(): Promise<Pair[]> {
	pairs ??= loadTechnologies().then((technologies) => {
		const all = pairsOf(technologies);
		for (const group of comparableGroups(technologies)) {
			if (group.members.length > maxMembersForPairs) {
				console.warn(
					`[atlas] ${group.title}: ${group.members.length} members, more than ${maxMembersForPairs}; the table is built but pair pages are not.`,
				);
			}
		}
		return all;
	});
	return pairs;
}

let groupsOnce: Promise<ReturnType<typeof comparableGroups>> | undefined;

/** The comparable groups with their sorted members, computed once per build (every technology page asks). */
export function loadGroups(): Promise<ReturnType<typeof comparableGroups>> {
	groupsOnce ??= loadTechnologies().then(comparableGroups);
	return groupsOnce;
}
