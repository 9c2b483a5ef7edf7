import { levels } from '../schemas/path';
import type { LearningPath } from './learning-path';

/*
 * The learning path drawn as an arc diagram: the pages in reading order from top to bottom, one
 * box each, grouped under their stage; a curve on the left joins each page to every page it
 * needs first. One column, so it reads at 375 px as well as on a wide screen. Pure layout:
 * PathDiagram.astro draws it.
 */

interface PathDiagramNode {
	id: string;
	/** "12 · HTTP in depth", shortened to fit the box. */
	label: string;
	/** On a stack branch. */
	branch: boolean;
	x: number;
	y: number;
	width: number;
	height: number;
}

interface PathDiagramStage {
	label: string;
	y: number;
	height: number;
}

export interface PathDiagramLayout {
	width: number;
	height: number;
	stages: PathDiagramStage[];
	nodes: PathDiagramNode[];
	/** SVG path data of each "read first" curve. */
	edges: Array<{ from: string; to: string; d: string }>;
}

const width = 420;
const boxLeft = 128;
const boxWidth = width - boxLeft - 4;
const rowHeight = 26;
const boxHeight = 20;
const stageHeader = 30;
const stageGap = 10;
/** About how many characters of 12 px text fit in a box. */
const maxLabel = 42;

/** The label cut at a word boundary to fit, with an ellipsis when cut. */
export function fitLabel(text: string, max = maxLabel): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;·-]+$/, '')}…`;
}

export function layoutPathDiagram(path: LearningPath): PathDiagramLayout {
	const nodes: PathDiagramNode[] = [];
	const stages: PathDiagramStage[] = [];
	let y = 0;
	path.stages.forEach((stage, index) => {
		const top = y;
		y += stageHeader;
		for (const page of stage.pages) {
			nodes.push({
				id: page.id,
				label: fitLabel(`${page.position} · ${page.title}`),
				branch: page.branch !== undefined,
				x: boxLeft,
				y: y + (rowHeight - boxHeight) / 2,
				width: boxWidth,
				height: boxHeight,
			});
			y += rowHeight;
		}
		stages.push({ label: `${index + 1}. ${levels[stage.level]}`, y: top, height: y - top });
		y += stageGap;
	});
	const middle = new Map(nodes.map((node) => [node.id, node.y + node.height / 2]));
	const edges = path.pages.flatMap((page) =>
		page.readFirst.flatMap((from) => {
			const y1 = middle.get(from);
			const y2 = middle.get(page.id);
			if (y1 === undefined || y2 === undefined) return [];
			// The further apart, the wider the curve, so long links pass outside short ones.
			const bulge = Math.min(boxLeft - 8, 10 + (y2 - y1) * 0.18);
			const x = boxLeft;
			const d = `M ${x} ${y1} C ${round(x - bulge)} ${y1}, ${round(x - bulge)} ${y2}, ${x} ${y2}`;
			return [{ from, to: page.id, d }];
		}),
	);
	return { width, height: y - stageGap, stages, nodes, edges };
}

const round = (value: number) => Math.round(value * 10) / 10;
