import type { ProjectData } from '../schemas/page';
import type { Link } from './page-view';

/** What a project page draws from its front-matter: the ideas it practises, its checklist, its stretch goals and its checker. */
export interface ProjectView {
	practises: Link[];
	checklist: string[];
	stretch: string[];
	/** The checker to download: its file name and its URL in the build. */
	checker: { file: string; href: string };
}

/** One rung of the project ladder, as the projects overview lists it. */
export interface LadderRung extends Link {
	level: string;
	minutes: number;
	checker: string;
}

/**
 * A project page's view. `checkerHref` gives the built URL of a checker by file name; a checker
 * that does not exist stops the build, naming the file, the field and the checkers there are.
 */
export function projectView(
	data: ProjectData,
	file: string,
	checkerHref: (name: string) => string | undefined,
	checkers: readonly string[],
	page: (id: string) => Link,
): ProjectView {
	const href = checkerHref(data.checker);
	if (href === undefined) {
		throw new Error(
			`${file}: 1 problem\n  - checker: expected a file of samples/projects/checkers/ (${checkers.join(', ') || 'none there'}), got "${data.checker}"`,
		);
	}
	return {
		practises: data.practises.map(page),
		checklist: [...data.checklist],
		stretch: [...data.stretch],
		checker: { file: data.checker, href },
	};
}
