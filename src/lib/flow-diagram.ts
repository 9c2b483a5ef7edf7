/**
 * Layout of a flow diagram for concept pages, computed at build time: boxes stacked top to
 * bottom, joined by arrows that may carry a label ("POST /api/orders"). Narrow enough to read
 * at 375 px without scrolling sideways. Pure geometry, unit-tested; FlowDiagram.astro draws it.
 */

export interface FlowStep {
	/** The box's text: who or what ("The API server"). */
	label: string;
	/** The arrow from this box to the next one, in a few words ("sends the SQL"). */
	then?: string;
}

interface Line {
	text: string;
	y: number;
}

export interface FlowLayout {
	width: number;
	height: number;
	boxes: Array<{ x: number; y: number; width: number; height: number; lines: Line[] }>;
	arrows: Array<{ x: number; y1: number; y2: number; lines: Line[] }>;
}

const width = 320;
const boxWidth = 240;
const lineHeight = 18;
const padding = 12;
const arrowGap = 14;

/** Words wrapped to lines of at most `max` characters (a word longer than that keeps a line to itself). */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export function layoutFlow(steps: readonly FlowStep[]): FlowLayout {
	if (steps.length < 2) throw new Error(`a flow diagram needs at least two steps, got ${steps.length}`);
	const layout: FlowLayout = { width, height: 0, boxes: [], arrows: [] };
	let y = 4;
	steps.forEach((step, index) => {
		const text = wrap(step.label, 26);
		const height = padding * 2 + text.length * lineHeight;
		const x = (width - boxWidth) / 2;
		layout.boxes.push({
			x,
			y,
			width: boxWidth,
			height,
			lines: text.map((line, i) => ({ text: line, y: y + padding + 13 + i * lineHeight })),
		});
		y += height;
		if (index === steps.length - 1) return;
		// About 20 characters fit beside the arrow in a 375 px wide screen.
		const label = wrap(step.then ?? '', 20);
		const length = Math.max(36, label.length * lineHeight + arrowGap * 2);
		layout.arrows.push({
			x: width / 2,
			y1: y,
			y2: y + length,
			lines: label.map((line, i) => ({ text: line, y: y + arrowGap + 12 + i * lineHeight })),
		});
		y += length;
	});
	layout.height = y + 4;
	return layout;
}

/** The diagram in words, for its text alternative: "The phone app, then (sends the order) the API server, …". */
export function flowInWords(steps: readonly FlowStep[]): string {
	return steps
		.map((step, index) => `${index + 1}. ${step.label}${step.then && index < steps.length - 1 ? `, which ${step.then}` : ''}.`)
		.join(' ');
}
