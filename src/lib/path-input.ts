import { kindRegistry, type KindRegistry } from '../kinds/registry';
import { referenceFacts } from '../kinds/fact-meta';
import type { Level } from '../schemas/path';
import type { PathInput } from './learning-path';

/** The front-matter a page's place on the learning path is read from. */
interface PathData {
	kind: string;
	title: string;
	level: Level;
	minutes?: number | undefined;
	prerequisites?: readonly string[] | undefined;
	sidebar?: { order?: number | undefined } | undefined;
	facts?: Record<string, { value: unknown } | undefined> | undefined;
}

/** The kind whose pages start the path's branches, one per language. */
const branchKind = 'language';

/**
 * A page as the learning path sees it. Its branch comes from the kind registry: a language page
 * starts its own; a page whose facts name a language page (a framework, a runtime) is on that
 * language's branch; any other page is read by everyone.
 */
export function pathInputOf(id: string, data: PathData, registry: KindRegistry = kindRegistry): PathInput {
	const facts = registry.technology[data.kind]?.facts;
	const languageFact = facts ? referenceFacts(facts).find((fact) => fact.kind === branchKind) : undefined;
	const named = languageFact ? data.facts?.[languageFact.key]?.value : undefined;
	const branch = data.kind === branchKind ? id : typeof named === 'string' ? named : undefined;
	return {
		id,
		title: data.title,
		kind: data.kind,
		level: data.level,
		minutes: data.minutes,
		prerequisites: data.prerequisites ?? [],
		branch,
		order: data.sidebar?.order,
	};
}
