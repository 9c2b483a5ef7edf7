import type { ConceptData } from '../schemas/page';
import type { Link } from './page-view';

/** What the top of a concept page shows: the idea in a sentence, its key terms and its walkthrough steps (its level and what to read first are its place on the learning path, src/lib/path-place.ts). */
export interface ConceptView {
	summary: string;
	keyTerms: Link[];
	/** The walkthrough steps the idea explains, linked to the step on the walkthrough page. */
	steps: Link[];
}

/** What concept pages point into: the glossary's headings and the walkthrough's steps. */
export interface ConceptContext {
	/** Glossary anchor → heading text. */
	glossary: ReadonlyMap<string, string>;
	steps: ReadonlyArray<{ id: string; order: number; title: string }>;
	/** The walkthrough page's URL. */
	walkthroughHref: string;
}

/** A concept page's view; an unknown glossary anchor or step id stops the build, naming the file and the field. */
export function conceptView(
	data: ConceptData,
	file: string,
	context: ConceptContext,
	page: (id: string) => { href: string; title: string },
): ConceptView {
	const problems: string[] = [];
	const keyTerms = data.keyTerms.flatMap((term, index) => {
		const anchor = term.split('#')[1] ?? '';
		const text = context.glossary.get(anchor);
		if (text === undefined) problems.push(`keyTerms.${index}: expected a heading anchor of the glossary, got "${term}"`);
		return text === undefined ? [] : [{ href: `${page('glossary').href}#${anchor}`, title: text }];
	});
	const steps = data.walkthroughSteps.flatMap((id, index) => {
		const step = context.steps.find((candidate) => candidate.id === id);
		if (!step)
			problems.push(
				`walkthroughSteps.${index}: expected the id of a walkthrough step (${context.steps.map((s) => s.id).join(', ')}), got "${id}"`,
			);
		return step ? [{ href: `${context.walkthroughHref}#step-${step.id}`, title: `Step ${step.order}: ${step.title}` }] : [];
	});
	if (problems.length)
		throw new Error(
			`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((line) => `  - ${line}`).join('\n')}`,
		);
	return { summary: data.summary, keyTerms, steps };
}

/** For each walkthrough step, the concept pages that explain it (from their `walkthroughSteps`), by title. */
export function conceptsByStep(
	concepts: ReadonlyArray<{ id: string; data: Pick<ConceptData, 'title' | 'walkthroughSteps'> }>,
	hrefOf: (id: string) => string,
): Map<string, Link[]> {
	const byStep = new Map<string, Link[]>();
	for (const concept of [...concepts].sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))) {
		for (const step of concept.data.walkthroughSteps) {
			byStep.set(step, [...(byStep.get(step) ?? []), { href: hrefOf(concept.id), title: concept.data.title }]);
		}
	}
	return byStep;
}
