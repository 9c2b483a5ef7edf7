import { describe, expect, it } from 'vitest';
import { marginal, type SizeResult } from '../../scripts/lib/bench-report';

const stat = (median: number) => ({ median, min: median, max: median });
const size = (pages: number, ours: number, plain: number): SizeResult => ({
	pages,
	ours: { seconds: stat(ours), msPerPage: stat((ours * 1000) / pages), peakMb: stat(1) },
	plain: { seconds: stat(plain), msPerPage: stat((plain * 1000) / pages), peakMb: stat(1) },
	overhead: ours / plain,
});

describe('the cost of each page added (BENCHMARKS.md)', () => {
	it('leaves out the start-up work both builds do once', () => {
		// Ours starts 3 s slower but each page costs the same: the whole-build ratio at 200 is 1.27, the added cost 1.00.
		const text = marginal([size(200, 14, 11), size(1000, 38, 35)]);
		expect(text).toContain('200 → 1000 pages: ours 30.0 ms, plain 30.0 ms, ratio **1.00**');
	});

	it('lists one line per step between sizes', () => {
		expect(marginal([size(200, 14, 11), size(1000, 38, 35), size(3000, 80, 175)]).split('\n')).toHaveLength(3);
	});
});
