/**
 * Content-Security-Policy text as directives: "default-src 'self'; script-src 'self' 'sha256-…'"
 * ⇄ Map { "default-src" → ["'self'"], "script-src" → ["'self'", "'sha256-…'"] }.
 * Plain functions on strings and maps, so every rule here is unit-tested.
 */

/** Directive name (lower case) → its sources, in the order the policy lists them. */
export type Directives = Map<string, string[]>;

/** A hash source: 'sha256-…', 'sha384-…' or 'sha512-…'. */
export function isHash(source: string): boolean {
	return /^'sha(256|384|512)-/.test(source);
}

/** Splits a policy into its directives. A repeated directive is ignored, as browsers ignore it. */
export function parsePolicy(policy: string): Directives {
	const directives: Directives = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The policy text of `directives`, in their order: "name source source; name source". */
export function formatPolicy(directives: Directives): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** `directives` with each of `added`'s sources appended to its directive, once. */
export function withSources(directives: Directives, added: ReadonlyMap<string, readonly string[]>): Directives {
	const result: Directives = new Map([...directives].map(([name, sources]) => [name, [...sources]]));
	for (const [name, sources] of added) result.set(name, [...new Set([...(result.get(name) ?? []), ...sources])]);
	return result;
}

/**
 * One policy that allows everything any of `policies` allows: for each directive, the union of
 * its sources across the policies. Directives keep the order they first appear in; within one,
 * keywords and hosts keep theirs and the hashes follow, sorted, so the same pages always give
 * the same text. 'none' is dropped from a directive that some policy gives sources.
 *
 * Where policies disagree on a source that is not a hash (one page allows a host, another does
 * not), the union is what the result allows: it is meant for the HTTP header that every page is
 * served with, alongside its own <meta> policy, and browsers enforce both, so each page stays as
 * strict as its meta tag while the header never blocks what a page's own policy allows.
 */
function mergePolicies(policies: Iterable<Directives>): Directives {
	const union = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of policy) {
			const merged = union.get(name) ?? new Set();
			for (const source of sources) merged.add(source);
			union.set(name, merged);
		}
	}
	const merged: Directives = new Map();
	for (const [name, set] of union) {
		if (set.size > 1) set.delete("'none'");
		const sources = [...set];
		if (sources.includes("'unsafe-inline'") && sources.some(isHash)) {
			// With a hash in the list, browsers ignore 'unsafe-inline': the pages that relied on it would break.
			throw new Error(`${name}: some pages allow 'unsafe-inline' and others list hashes; one header cannot serve both`);
		}
		merged.set(name, [...sources.filter((source) => !isHash(source)), ...sources.filter(isHash).sort()]);
	}
	return merged;
}

/** The policy text for the HTTP header of every page: the pages' policies merged, plus `headerOnly`. */
export function headerPolicy(pages: Iterable<Directives>, headerOnly: ReadonlyMap<string, readonly string[]>): string {
	return formatPolicy(withSources(mergePolicies(pages), headerOnly));
}
