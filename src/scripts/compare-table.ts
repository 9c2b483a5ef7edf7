/**
 * Makes a comparison table sortable and filterable. The table works without this script;
 * it only adds the controls. Sorting is announced with aria-sort and by a status message.
 */
type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function cellValue(row: HTMLTableRowElement, column: number): string {
	return row.cells[column]?.dataset['sort'] ?? row.cells[column]?.textContent ?? '';
}

export function enhanceCompareTable(root: HTMLElement) {
	const table = root.querySelector('table');
	const body = table?.tBodies[0];
	const controls = root.querySelector<HTMLElement>('.atlas-compare__controls');
	const status = root.querySelector<HTMLElement>('.atlas-compare__status');
	if (!table || !body || !controls || !status) return;
	controls.removeAttribute('data-pending');
	const rows = [...body.rows];
	const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sortable]')];

	headers.forEach((header, column) => {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'atlas-compare__sort';
		button.textContent = header.textContent?.trim() ?? '';
		header.textContent = '';
		header.append(button);
		button.addEventListener('click', () => {
			const direction: Direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
			headers.forEach((other) => other.removeAttribute('aria-sort'));
			header.setAttribute('aria-sort', direction);
			const sign = direction === 'ascending' ? 1 : -1;
			rows.sort((a, b) => sign * collator.compare(cellValue(a, column), cellValue(b, column)));
			body.append(...rows);
			status.textContent = `Sorted by ${button.textContent}, ${direction}.`;
		});
	});

	const text = root.querySelector<HTMLInputElement>('[data-filter-text]');
	const facet = root.querySelector<HTMLSelectElement>('[data-filter-facet]');
	const filter = () => {
		const words = (text?.value ?? '').trim().toLowerCase();
		const chosen = facet?.value ?? '';
		let shown = 0;
		for (const row of rows) {
			const visible = (!words || (row.textContent ?? '').toLowerCase().includes(words)) && (!chosen || row.dataset['facet'] === chosen);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		status.textContent = `Showing ${shown} of ${rows.length} rows.`;
	};
	text?.addEventListener('input', filter);
	facet?.addEventListener('change', filter);
}
