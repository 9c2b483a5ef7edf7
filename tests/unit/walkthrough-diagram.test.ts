/** The walkthrough diagram's layout: pure geometry, checked without a build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	charsThatFit,
	defaultDiagramOptions,
	diagramSteps,
	layoutDiagram,
	wrapText,
	type DiagramLayout,
	type DiagramStep,
} from '../../src/lib/walkthrough-diagram';
import { parseWalkthrough, walkthroughFile } from '../../src/lib/walkthrough-refs';
import { actors } from '../../src/schemas/walkthrough';
import { projectRoot } from '../helpers/content-pages';

const steps: DiagramStep[] = diagramSteps(parseWalkthrough(parseYaml(readFileSync(join(projectRoot, walkthroughFile), 'utf8'))));

const step = (order: number, label = `Step ${order}`): DiagramStep => ({
	id: `s${order}`,
	order,
	label,
	actorLabel: 'API server',
	tone: 'green',
	background: false,
});

/** Every problem with a layout: overlaps, things outside the picture, text too wide for its box. */
function layoutProblems(layout: DiagramLayout, { labelSize, actorSize } = defaultDiagramOptions): string[] {
	const problems: string[] = [];
	layout.nodes.forEach((node, index) => {
		if (node.x < 0 || node.y < 0 || node.x + node.width > layout.width || node.y + node.height > layout.height)
			problems.push(`${node.id} leaves the picture`);
		if (node.cx - node.r < 0 || node.cx + node.r > node.x) problems.push(`${node.id}: the circle overlaps its box or leaves the picture`);
		if (node.cy - node.r < node.y || node.cy + node.r > node.y + node.height)
			problems.push(`${node.id}: the circle is taller than its box`);
		const inner = node.width - 2 * (node.textX - node.x);
		for (const line of node.lines)
			if (line.text.length > charsThatFit(inner, labelSize)) problems.push(`${node.id}: "${line.text}" is too wide`);
		for (const line of node.actor)
			if (line.text.length > charsThatFit(inner, actorSize)) problems.push(`${node.id}: actor "${line.text}" is too wide`);
		const baselines = [...node.lines, ...node.actor].map((line) => line.y);
		if (baselines.some((y, i) => i > 0 && y <= (baselines[i - 1] ?? 0))) problems.push(`${node.id}: text lines overlap`);
		if (baselines.some((y) => y <= node.y || y >= node.y + node.height)) problems.push(`${node.id}: text outside its box`);
		const previous = layout.nodes[index - 1];
		if (previous && node.y < previous.y + previous.height) problems.push(`${node.id} overlaps ${previous.id}`);
	});
	for (const item of layout.legend.items)
		if (item.x < 0 || item.x > layout.width) problems.push(`legend "${item.text}" leaves the picture`);
	return problems;
}

describe('wrapText', () => {
	it('keeps text that fits on one line', () => {
		expect(wrapText('Check the order', 20)).toEqual(['Check the order']);
	});
	it('breaks between words, never inside one', () => {
		expect(wrapText('Notify you and the courier', 12)).toEqual(['Notify you', 'and the', 'courier']);
	});
	it('keeps a word longer than a line whole', () => {
		expect(wrapText('Internationalisation done', 10)).toEqual(['Internationalisation', 'done']);
	});
	it('ignores extra spaces', () => {
		expect(wrapText('  Save   it ', 30)).toEqual(['Save it']);
	});
});

describe('the diagram of the real walkthrough', () => {
	const layout = layoutDiagram(steps);

	it('has one box per step, top to bottom in step order', () => {
		expect(layout.nodes.map((node) => node.order)).toEqual(steps.map((_, index) => index + 1));
		const tops = layout.nodes.map((node) => node.y);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
	});

	it('keeps every box, circle and line of text inside the picture, without overlaps', () => {
		expect(layoutProblems(layout)).toEqual([]);
	});

	it('has room for the longest actor name on one line', () => {
		const longest = Object.values(actors).reduce((a, b) => (b.label.length > a.label.length ? b : a)).label;
		const [node] = layoutDiagram([{ ...step(1), actorLabel: longest }]).nodes;
		expect(node?.actor.map((line) => line.text)).toEqual([longest]);
	});

	it('is tall and narrow, so it reads on a phone and fits beside the step list', () => {
		expect(layout.width).toBe(defaultDiagramOptions.width);
		expect(layout.height).toBeGreaterThan(2 * layout.width);
		expect(layout.height).toBeLessThan(800);
	});

	it('links each step to the next with an arrow between their circles', () => {
		expect(layout.edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(
			steps.slice(1).map((next, index) => `${steps[index]?.id}>${next.id}`),
		);
		layout.edges.forEach((edge, index) => {
			const [from, to] = [layout.nodes[index], layout.nodes[index + 1]];
			expect(edge.y1).toBe((from?.cy ?? 0) + (from?.r ?? 0));
			expect(edge.y2).toBe((to?.cy ?? 0) - (to?.r ?? 0));
			expect(edge.y2).toBeGreaterThan(edge.y1);
		});
	});

	it('marks the background steps, and shows each actor under the label', () => {
		expect(layout.nodes.filter((node) => node.background).map((node) => node.id)).toEqual(['courier', 'restaurant', 'notify']);
		expect(layout.nodes.find((node) => node.id === 'payment')?.actor.map((line) => line.text)).toEqual(['Payment provider']);
	});
});

describe('layoutDiagram', () => {
	it('sorts steps by their number, whatever order they come in', () => {
		expect(layoutDiagram([step(2), step(1), step(3)]).nodes.map((node) => node.id)).toEqual(['s1', 's2', 's3']);
	});

	it('wraps a long label onto more lines and makes its box taller', () => {
		const layout = layoutDiagram([step(1, 'Short'), step(2, 'A much longer label that needs two lines')]);
		const [short, long] = layout.nodes;
		expect(short?.lines).toHaveLength(1);
		expect(long?.lines.length).toBeGreaterThan(1);
		expect(long?.height).toBeGreaterThan(short?.height ?? 0);
		expect(layoutProblems(layout)).toEqual([]);
	});

	it('still fits at a narrower width, with more lines', () => {
		const narrow = layoutDiagram(steps, { width: 230 });
		expect(layoutProblems(narrow)).toEqual([]);
		expect(narrow.height).toBeGreaterThan(layoutDiagram(steps).height);
	});

	it('puts the legend on one row when it fits and on two when it does not', () => {
		const wide = layoutDiagram([step(1)], { width: 400 }).legend.items;
		expect(wide[0]?.y).toBe(wide[1]?.y);
		const narrow = layoutDiagram([step(1)], { width: 240 }).legend.items;
		expect(narrow[1]?.y).toBeGreaterThan(narrow[0]?.y ?? 0);
	});

	it('draws nothing for no steps', () => {
		const empty = layoutDiagram([]);
		expect(empty.nodes).toEqual([]);
		expect(empty.edges).toEqual([]);
	});
});
