import { levels } from '../schemas/path';
import type { LearningPath } from './learning-path';
import type { Link } from './page-view';

/** A page's place on the learning path, as its top and its end show it. */
export interface PathPlaceView {
	/** The page id and content hash the progress controls store. */
	id: string;
	hash: string;
	/** "First steps". */
	level: string;
	minutes: number;
	/** Position on the whole path, and the path's length. */
	position: number;
	total: number;
	readFirst: Link[];
	/** The pages that build on this one; for a page nothing builds on, the next page on the path. */
	readNext: Link[];
	/** True when readNext is simply the next page on the path rather than pages that need this one. */
	nextOnPath: boolean;
	/** The learning path page. */
	pathHref: string;
}

/** The place of page `id` on `path`, or undefined for a reference page (off the path). */
export function pathPlace(
	id: string,
	path: LearningPath,
	hash: string,
	page: (id: string) => Link,
	pathHref: string,
): PathPlaceView | undefined {
	const here = path.byId.get(id);
	if (!here) return undefined;
	const following = path.pages[here.position];
	const nextOnPath = here.readNext.length === 0;
	return {
		id,
		hash,
		level: levels[here.level],
		minutes: here.minutes,
		position: here.position,
		total: path.pages.length,
		readFirst: here.readFirst.map(page),
		readNext: nextOnPath ? (following ? [page(following.id)] : []) : here.readNext.map(page),
		nextOnPath,
		pathHref,
	};
}
