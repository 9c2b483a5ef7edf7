/**
 * Checks and resolves what the walkthrough's steps point at: page ids ("apis/rest") and
 * heading anchors ("glossary#transaction"). Plain TypeScript, so the tests need no build;
 * the route middleware calls it with the real pages and fails the build on a problem.
 */
import { ContentError, toContentIssues, type ContentIssue } from './content-errors';
import { sectionAnchor, walkthroughSchema, type WalkthroughStep } from '../schemas/walkthrough';

/** The data file, named in every message. */
export const walkthroughFile = 'content/walkthrough/order-now.yaml';

/** The page that tells the walkthrough: the one page whose route data carries the walkthrough's view. */
export const walkthroughPage = 'start-here/order-now';

/** What a reference may point at: each page by id, with its title and its heading anchors and texts. */
export interface ReferenceTargets {
	pages: ReadonlyMap<string, { title: string; headings: ReadonlyMap<string, string> }>;
}

/** A reference turned into a link. */
export interface ResolvedReference {
	ref: string;
	pageId: string;
	anchor?: string;
	/** Link text: the heading for an anchor ("Transaction"), else the page title ("PostgreSQL"). */
	text: string;
}

const label = (step: Pick<WalkthroughStep, 'id' | 'order'>) => `step ${step.order} "${step.id}"`;

/** Resolves one reference, or says what was expected. */
export function resolveReference(ref: string, targets: ReferenceTargets): ResolvedReference | { expected: string } {
	const [pageId = '', anchor] = ref.split('#');
	const page = targets.pages.get(pageId);
	if (!page) {
		const last = pageId.split('/').at(-1);
		const guess = [...targets.pages.keys()].find((id) => id.split('/').at(-1) === last);
		return { expected: `expected the id of an existing page, got "${pageId}"${guess ? ` (did you mean "${guess}"?)` : ''}` };
	}
	if (anchor === undefined) return { ref, pageId, text: page.title };
	const heading = page.headings.get(anchor);
	if (heading === undefined) {
		const near = [...page.headings.keys()].filter((key) => key.startsWith(anchor.slice(0, 3))).slice(0, 3);
		return {
			expected: `expected a heading anchor of "${pageId}", got "#${anchor}"${near.length ? ` (did you mean ${near.map((key) => `"#${key}"`).join(' or ')}?)` : ''}`,
		};
	}
	return { ref, pageId, anchor, text: heading };
}

/** Every reference of every step that does not resolve. */
export function brokenStepReferences(steps: readonly WalkthroughStep[], targets: ReferenceTargets): ContentIssue[] {
	return steps.flatMap((step) =>
		step.involves.flatMap((ref, index) => {
			const resolved = resolveReference(ref, targets);
			return 'expected' in resolved ? [{ field: `${label(step)}: involves.${index}`, expected: resolved.expected }] : [];
		}),
	);
}

/** Steps whose full section ("## 3. The backend checks who you are") is missing from the page. */
export function missingSections(steps: readonly WalkthroughStep[], pageAnchors: ReadonlySet<string>, pageFile: string): ContentIssue[] {
	return steps.flatMap((step) =>
		pageAnchors.has(sectionAnchor(step))
			? []
			: [
					{
						field: `${label(step)}: title`,
						expected: `expected ${pageFile} to have the section "## ${step.order}. ${step.title}" (anchor #${sectionAnchor(step)})`,
					},
				],
	);
}

function formatWalkthroughIssues(issues: readonly ContentIssue[]): string {
	const noun = issues.length === 1 ? 'problem' : 'problems';
	return `${walkthroughFile}: ${issues.length} ${noun}\n${issues.map(({ field, expected }) => `  - ${field || '(steps)'}: ${expected}`).join('\n')}`;
}

/** Checks the whole list (numbering, unique ids, every field) and returns the steps in order. */
export function parseWalkthrough(data: unknown): WalkthroughStep[] {
	const result = walkthroughSchema.safeParse(data);
	if (!result.success) {
		const steps = Array.isArray(data) ? data : [];
		const issues = toContentIssues(result.error.issues).map((issue) => {
			const [index, ...rest] = issue.field.split('.');
			const step = steps[Number(index)] as { id?: unknown; order?: unknown } | undefined;
			const where =
				index !== undefined && index !== '' && step ? `step ${String(step.order ?? Number(index) + 1)} "${String(step.id ?? '?')}": ` : '';
			return { field: `${where}${rest.join('.')}`, expected: issue.expected };
		});
		throw new ContentError(formatWalkthroughIssues(issues));
	}
	return [...result.data].sort((a, b) => a.order - b.order);
}

/** All checks at once, for the build: throws one ContentError listing every problem. */
export function checkWalkthrough(
	data: unknown,
	targets: ReferenceTargets,
	pageAnchors: ReadonlySet<string>,
	pageFile: string,
): WalkthroughStep[] {
	const steps = parseWalkthrough(data);
	const issues = [...brokenStepReferences(steps, targets), ...missingSections(steps, pageAnchors, pageFile)];
	if (issues.length) throw new ContentError(formatWalkthroughIssues(issues));
	return steps;
}
