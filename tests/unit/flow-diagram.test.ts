import { describe, expect, it } from 'vitest';
import { flowInWords, layoutFlow, wrap } from '../../src/lib/flow-diagram';

const steps = [
	{ label: 'The phone app', then: 'sends POST /api/orders with a session cookie' },
	{ label: 'The API server checks the session and the order', then: 'runs one SQL transaction' },
	{ label: 'The database' },
];

describe('layoutFlow', () => {
	const layout = layoutFlow(steps);

	it('stacks the boxes top to bottom with an arrow between each pair, inside the picture', () => {
		expect(layout.boxes).toHaveLength(3);
		expect(layout.arrows).toHaveLength(2);
		layout.arrows.forEach((arrow, i) => {
			expect(arrow.y1).toBe(layout.boxes[i]!.y + layout.boxes[i]!.height);
			expect(arrow.y2).toBe(layout.boxes[i + 1]!.y);
		});
		for (const box of layout.boxes) expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
		expect(layout.height).toBeGreaterThan(layout.boxes.at(-1)!.y + layout.boxes.at(-1)!.height);
	});

	it('wraps long labels onto more lines, and the box grows to hold them', () => {
		expect(layout.boxes[1]!.lines.map((line) => line.text)).toEqual(['The API server checks the', 'session and the order']);
		expect(layout.boxes[1]!.height).toBeGreaterThan(layout.boxes[0]!.height);
	});

	it('needs two steps to draw anything', () => {
		expect(() => layoutFlow([{ label: 'Alone' }])).toThrow('a flow diagram needs at least two steps, got 1');
	});
});

describe('the diagram in words', () => {
	it('says every box and arrow in order, for screen readers', () => {
		expect(flowInWords(steps)).toBe(
			'1. The phone app, which sends POST /api/orders with a session cookie. 2. The API server checks the session and the order, which runs one SQL transaction. 3. The database.',
		);
	});

	it('never splits a word', () => {
		expect(wrap('idempotency-key header', 10)).toEqual(['idempotency-key', 'header']);
	});
});
