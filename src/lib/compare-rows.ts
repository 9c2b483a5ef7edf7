import { factCells, factColumns, type FactCell } from './fact-rows';
import type { GroupInfo, Pair, Technology } from './compare-groups';

interface TableRow {
	id: string;
	name: string;
	/** One cell per column; undefined where the page does not state that fact. */
	cells: Array<FactCell | undefined>;
	/** The value of the group's facet fact, for filtering. */
	facet?: string;
}

export interface GroupTable {
	columns: Array<{ key: string; label: string }>;
	rows: TableRow[];
	/** The oldest and newest day any fact in the table was checked. */
	checked: { oldest: string; newest: string };
}

function cellsByKey(technology: Technology, titleOf: (id: string) => string | undefined) {
	return new Map(factCells(technology.data, titleOf).map((cell) => [cell.key, cell]));
}

/** The comparison table of a group: one row per member, one column per fact of the kind. */
export function groupTable(group: GroupInfo, members: readonly Technology[], titleOf: (id: string) => string | undefined): GroupTable {
	const columns = factColumns(group.kind);
	const rows = members.map((member) => {
		const cells = cellsByKey(member, titleOf);
		const row: TableRow = { id: member.id, name: member.data.title, cells: columns.map((column) => cells.get(column.key)) };
		if (group.facet) {
			const facet = cells.get(group.facet)?.text;
			if (facet) row.facet = facet;
		}
		return row;
	});
	const days = rows.flatMap((row) => row.cells.flatMap((cell) => (cell ? [cell.source.checked] : []))).sort();
	if (days.length === 0) throw new Error(`The ${group.title} table has no facts`);
	return { columns, rows, checked: { oldest: days[0]!, newest: days.at(-1)! } };
}

export interface PairRow {
	key: string;
	label: string;
	a?: FactCell;
	b?: FactCell;
	/** True when the two values differ as a reader sees them. */
	differs: boolean;
}

/** The facts of a pair side by side, with the rows that differ marked. */
export function pairRows(pair: Pair, titleOf: (id: string) => string | undefined): PairRow[] {
	const a = cellsByKey(pair.a, titleOf);
	const b = cellsByKey(pair.b, titleOf);
	return factColumns(pair.group.kind).flatMap(({ key, label }) => {
		const left = a.get(key);
		const right = b.get(key);
		if (!left && !right) return [];
		const row: PairRow = { key, label, differs: left?.text !== right?.text };
		if (left) row.a = left;
		if (right) row.b = right;
		return [row];
	});
}
