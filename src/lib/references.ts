import type { ContentIssue } from './content-errors';
import { kindRegistry, type KindRegistry } from '../kinds/registry';
import { referenceFacts, referenceLists } from '../kinds/fact-meta';

/** The parts of a loaded page that can point at other pages. */
export interface PageRefs {
	id: string;
	kind: string;
	related?: readonly string[];
	prerequisites?: readonly string[];
	facts?: Record<string, { value: unknown } | undefined>;
	/** Any other field; a prose kind's schema says which of them name pages (see referenceLists). */
	[field: string]: unknown;
}

/**
 * Every reference from `page` to a page that is not in `ids`, as a field and what was expected.
 * A page may not list itself either.
 */
export function brokenReferences(
	page: PageRefs,
	kinds: ReadonlyMap<string, string>,
	registry: KindRegistry = kindRegistry,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const check = (field: string, target: unknown, kind?: string) => {
		if (typeof target !== 'string') return;
		const targetKind = kinds.get(target);
		if (target === page.id) {
			issues.push({ field, expected: `expected a page other than this one, got "${target}"` });
		} else if (targetKind === undefined) {
			issues.push({ field, expected: `expected the id of an existing page, got "${target}"${suggest(target, kinds)}` });
		} else if (kind && targetKind !== kind) {
			issues.push({ field, expected: `expected the id of a ${kind} page, got "${target}", a ${targetKind} page` });
		}
	};
	page.related?.forEach((id, i) => check(`related.${i}`, id));
	page.prerequisites?.forEach((id, i) => check(`prerequisites.${i}`, id));
	// Lists of a prose kind whose items name pages of one kind, as its schema marks them (pageIdOfKind).
	const prose = registry.prose[page.kind]?.schema;
	for (const { key, kind } of prose ? referenceLists(prose) : []) {
		const list = page[key];
		if (Array.isArray(list)) list.forEach((id, i) => check(`${key}.${i}`, id, kind));
	}
	// Facts whose value is the id of another page, as the kind's schema marks them (pageIdOfKind).
	const facts = registry.technology[page.kind]?.facts;
	for (const { key, kind } of facts ? referenceFacts(facts) : []) {
		check(`facts.${key}.value`, page.facts?.[key]?.value, kind);
	}
	return issues;
}

/** " (did you mean …?)" when one existing id ends with the same last segment. */
function suggest(target: string, kinds: ReadonlyMap<string, string>): string {
	const last = target.split('/').at(-1);
	const match = [...kinds.keys()].find((id) => id.split('/').at(-1) === last);
	return match ? ` (did you mean "${match}"?)` : '';
}
