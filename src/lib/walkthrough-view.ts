import { actors, sectionAnchor, timings, type WalkthroughStep } from '../schemas/walkthrough';
import { resolveReference, type ReferenceTargets } from './walkthrough-refs';
import { diagramSteps, layoutDiagram, type DiagramLayout } from './walkthrough-diagram';
import type { Link } from './page-view';

/** One step as the walkthrough component draws it. */
interface StepView {
	id: string;
	order: number;
	title: string;
	actor: string;
	/** "while you wait" or "in the background". */
	timing: string;
	happens: string;
	/** The heading anchor of the step's full section on the page. */
	section: string;
	/** The pages and glossary entries the step involves. */
	involves: Link[];
	/** The concept pages that explain the step. */
	concepts: Link[];
}

/** The walkthrough at a glance: the diagram's layout and name, and the steps in order. */
export interface WalkthroughView {
	/** The diagram's accessible name. */
	title: string;
	layout: DiagramLayout;
	steps: StepView[];
}

/** The view of checked steps (see checkWalkthrough): every reference is known to resolve. */
export function walkthroughView(
	steps: readonly WalkthroughStep[],
	targets: ReferenceTargets,
	hrefOf: (id: string) => string,
	concepts: ReadonlyMap<string, Link[]> = new Map(),
): WalkthroughView {
	const link = (ref: string): Link => {
		const resolved = resolveReference(ref, targets);
		if ('expected' in resolved) throw new Error(`walkthrough: ${ref}: ${resolved.expected}`);
		return { href: `${hrefOf(resolved.pageId)}${resolved.anchor ? `#${resolved.anchor}` : ''}`, title: resolved.text };
	};
	return {
		title: `Diagram of the ${steps.length} steps of one order, from the tap on Order Now to the answer on your phone`,
		layout: layoutDiagram(diagramSteps(steps)),
		steps: steps.map((step) => ({
			id: step.id,
			order: step.order,
			title: step.title,
			actor: actors[step.actor].label,
			timing: timings[step.timing],
			happens: step.happens,
			section: sectionAnchor(step),
			involves: step.involves.map(link),
			concepts: concepts.get(step.id) ?? [],
		})),
	};
}
