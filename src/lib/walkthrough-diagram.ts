import { actors, type WalkthroughStep } from '../schemas/walkthrough';
/**
 * Layout of the walkthrough diagram, computed at build time: a tall, narrow picture that
 * reads top to bottom. Each step is a box with its short label and its actor; a numbered
 * circle on a line to the left links the steps in order. Pure geometry, so it is unit-tested;
 * src/components/walkthrough/WalkthroughDiagram.astro only draws what this returns.
 */

/** The walkthrough's steps as the diagram needs them: label, who acts, and whether the reader waits. */
export function diagramSteps(steps: readonly WalkthroughStep[]): DiagramStep[] {
	return steps.map((step) => ({
		id: step.id,
		order: step.order,
		label: step.label,
		actorLabel: actors[step.actor].label,
		tone: actors[step.actor].tone,
		background: step.timing === 'background',
	}));
}

export interface DiagramStep {
	id: string;
	order: number;
	label: string;
	actorLabel: string;
	/** Colour family (a Starlight colour name) for the box. */
	tone: string;
	/** Drawn dashed: runs after the reply, in the background. */
	background: boolean;
}

interface DiagramNode extends DiagramStep {
	/** The box. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The numbered circle. */
	cx: number;
	cy: number;
	r: number;
	/** The label, wrapped to fit, one entry per line, with each line's baseline. */
	lines: { text: string; y: number }[];
	/** The actor under the label, wrapped the same way. */
	actor: { text: string; y: number }[];
	/** Left edge of the text inside the box. */
	textX: number;
}

interface DiagramEdge {
	from: string;
	to: string;
	x: number;
	y1: number;
	y2: number;
}

export interface DiagramLayout {
	width: number;
	height: number;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
	legend: { items: { x: number; y: number; text: string; background: boolean }[] };
}

export interface DiagramOptions {
	width: number;
	labelSize: number;
	actorSize: number;
	/** Space between two boxes. */
	gap: number;
}

export const defaultDiagramOptions: DiagramOptions = { width: 260, labelSize: 14, actorSize: 12, gap: 10 };

/** Average width of a character as a share of the font size, for a sans-serif font. Generous on purpose. */
const charWidth = 0.56;

/**
 * Splits text into lines of at most `maxChars` characters, breaking between words.
 * A single word longer than a line is kept whole on its own line.
 */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** How many characters fit on one line of `width` at `fontSize`. */
export function charsThatFit(width: number, fontSize: number): number {
	return Math.max(1, Math.floor(width / (fontSize * charWidth)));
}

export function layoutDiagram(steps: readonly DiagramStep[], options: Partial<DiagramOptions> = {}): DiagramLayout {
	const { width, labelSize, actorSize, gap } = { ...defaultDiagramOptions, ...options };
	const pad = 6;
	const r = 13;
	const cx = pad + r + 2;
	const boxX = cx + r + 10;
	const boxWidth = width - boxX - pad;
	const inset = 10;
	const padY = 7;
	const labelLine = Math.round(labelSize * 1.25);
	const actorLine = Math.round(actorSize * 1.25);
	const maxLabel = charsThatFit(boxWidth - 2 * inset, labelSize);
	const maxActor = charsThatFit(boxWidth - 2 * inset, actorSize);

	// The legend: one row when both entries fit, else one entry per row.
	const texts = ['While you wait', 'In the background'];
	const swatch = 26;
	const widths = texts.map((text) => swatch + Math.ceil(text.length * actorSize * charWidth));
	const oneRow = (widths[0] ?? 0) + 16 + (widths[1] ?? 0) <= width - 2 * pad;
	const legendY = pad + actorSize;
	const legendLine = actorSize + 8;
	const legend = {
		items: texts.map((text, index) => ({
			x: oneRow && index === 1 ? width - pad - (widths[1] ?? 0) : pad,
			y: oneRow ? legendY : legendY + index * legendLine,
			text,
			background: index === 1,
		})),
	};
	const legendBottom = Math.max(...legend.items.map((item) => item.y));

	const ordered = [...steps].sort((a, b) => a.order - b.order);
	let y = legendBottom + actorSize;
	const nodes = ordered.map((step): DiagramNode => {
		const labelLines = wrapText(step.label, maxLabel);
		const actorLines = wrapText(step.actorLabel, maxActor);
		const height = padY + labelLines.length * labelLine + actorLines.length * actorLine + padY;
		const firstBaseline = y + padY + labelSize - 1;
		const node: DiagramNode = {
			...step,
			x: boxX,
			y,
			width: boxWidth,
			height,
			cx,
			cy: y + height / 2,
			r,
			textX: boxX + inset,
			lines: labelLines.map((text, index) => ({ text, y: firstBaseline + index * labelLine })),
			actor: actorLines.map((text, index) => ({
				text,
				y: firstBaseline + (labelLines.length - 1) * labelLine + (index + 1) * actorLine + 1,
			})),
		};
		y += height + gap;
		return node;
	});

	const edges = nodes.slice(1).map((node, index): DiagramEdge => {
		const previous = nodes[index] as DiagramNode;
		return { from: previous.id, to: node.id, x: cx, y1: previous.cy + r, y2: node.cy - r };
	});

	return { width, height: Math.ceil(y - gap + pad), nodes, edges, legend };
}
