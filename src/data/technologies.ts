/**
 * The technology pages as loaded by Astro, for generated routes and components.
 * (Astro-side: src/lib stays free of astro:content so it can be unit-tested.)
 */
import { getCollection } from 'astro:content';
import { pairsOf, type Technology } from '../lib/compare-groups';
import { isTechnology } from '../schemas/page';

export async function loadTechnologies(): Promise<Technology[]> {
	const entries = await getCollection('docs');
	return entries.flatMap((entry) => (isTechnology(entry.data) ? [{ id: entry.id, data: entry.data }] : []));
}

export async function loadTitles(): Promise<(id: string) => string | undefined> {
	const entries = await getCollection('docs');
	const titles = new Map(entries.map((entry) => [entry.id, entry.data.title]));
	return (id) => titles.get(id);
}

export async function loadPairs() {
	return pairsOf(await loadTechnologies());
}
