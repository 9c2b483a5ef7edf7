/**
 * The progress controls on a page: the "Mark this page as done" toggle and its status line, the
 * ticks in the sidebar, and on the learning path the summary, each page's mark and the panel to
 * export, import or clear. Every control is rendered `hidden` and shown here, so without
 * JavaScript (or without storage, as in some private windows) the reader sees none of them.
 */
import { pageHref } from '../lib/page-href';
import {
	dayOf,
	exportFile,
	formatDay,
	markDone,
	markNotDone,
	markOf,
	pageState,
	parseImport,
	progressKey,
	progressSummary,
	readProgress,
	type Progress,
} from './progress-store';

type PageRef = { id: string; hash: string };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The stored progress, or undefined when the browser refuses access to storage. */
export function load(): Progress | undefined {
	try {
		return readProgress(localStorage.getItem(progressKey));
	} catch {
		return undefined;
	}
}

/** Stores `progress` (or removes it); false when the browser refuses. */
export function save(progress: Progress | undefined): boolean {
	try {
		if (progress) localStorage.setItem(progressKey, JSON.stringify(progress));
		else localStorage.removeItem(progressKey);
		return true;
	} catch {
		return false;
	}
}

/** The page an element is about: its data-progress-page (or -item) and data-progress-hash. */
function pageOf(element: HTMLElement): PageRef {
	return { id: element.dataset['progressPage'] ?? element.dataset['progressItem'] ?? '', hash: element.dataset['progressHash'] ?? '' };
}

/** The pages the summary lists (data-progress-pages), or else those of the path items. */
function listedPages(root: Document): PageRef[] {
	const summary = root.querySelector<HTMLElement>('[data-progress-summary]');
	try {
		const pairs: unknown = JSON.parse(summary?.dataset['progressPages'] ?? 'null');
		// [id, hash] pairs, or bare ids where the page has no room for hashes (the home page):
		// a bare id counts as done when marked, and is never "updated".
		if (Array.isArray(pairs))
			return pairs.map((entry) =>
				Array.isArray(entry) ? { id: String(entry[0]), hash: String(entry[1]) } : { id: String(entry), hash: '' },
			);
	} catch {
		// Fall back to the items below.
	}
	return [...root.querySelectorAll<HTMLElement>('[data-progress-item]')].map(pageOf);
}

/** The live region nearest to `element`: in its closest ancestor that has one. */
function liveRegionNear(element: HTMLElement): HTMLElement | null {
	for (let parent = element.parentElement; parent; parent = parent.parentElement) {
		const live = parent.querySelector<HTMLElement>('[data-progress-live]');
		if (live) return live;
	}
	return null;
}

function drawToggles(root: Document, progress: Progress) {
	for (const toggle of root.querySelectorAll<HTMLElement>('[data-progress-toggle]')) {
		const { id, hash } = pageOf(toggle);
		const done = pageState(progress, id, hash) !== 'not-done';
		toggle.setAttribute('aria-pressed', String(done));
		toggle.classList.toggle('is-done', done);
	}
}

function drawStatuses(root: Document, progress: Progress) {
	for (const status of root.querySelectorAll<HTMLElement>('[data-progress-status]')) {
		const { id, hash } = pageOf(status);
		const state = pageState(progress, id, hash);
		const day = formatDay(markOf(progress, id)?.at ?? '');
		status.hidden = state === 'not-done';
		status.classList.toggle('is-updated', state === 'updated');
		status.textContent =
			state === 'done'
				? `You marked this page as done on ${day}.`
				: state === 'updated'
					? `Updated since you read it: you marked it as done on ${day}, and the page has changed since.`
					: '';
	}
}

function drawSidebar(root: Document, progress: Progress) {
	const base = import.meta.env.BASE_URL;
	const doneHrefs = new Set(Object.keys(progress.pages).map((id) => pageHref(base, id)));
	for (const link of root.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a[href]')) {
		const mark = link.querySelector(':scope > .atlas-done-mark');
		const done = doneHrefs.has(new URL(link.href).pathname);
		if (done && !mark) {
			const sign = root.createElement('span');
			sign.setAttribute('aria-hidden', 'true');
			sign.textContent = '✓';
			const words = root.createElement('span');
			words.className = 'sr-only';
			words.textContent = ' (done)';
			const added = root.createElement('span');
			added.className = 'atlas-done-mark';
			added.append(sign, words);
			link.append(added);
		} else if (!done && mark) mark.remove();
	}
}

function drawSummary(root: Document, progress: Progress) {
	const summary = root.querySelector<HTMLElement>('[data-progress-summary]');
	if (!summary) return;
	const { done, updated, total } = progressSummary(progress, listedPages(root));
	let text = `${done} of ${plural(total, 'page', 'pages')} done.`;
	if (done === 0) text += ' Mark a page as done at its end to see it here.';
	if (updated > 0) text += ` ${updated} ${updated === 1 ? 'was updated since you read it' : 'were updated since you read them'}.`;
	summary.textContent = text;
	summary.hidden = false;
}

function drawItems(root: Document, progress: Progress) {
	for (const item of root.querySelectorAll<HTMLElement>('[data-progress-item]')) {
		const { id, hash } = pageOf(item);
		const state = pageState(progress, id, hash);
		item.classList.toggle('is-done', state !== 'not-done');
		const mark = item.querySelector<HTMLElement>('[data-progress-mark]');
		if (!mark) continue;
		mark.textContent = state === 'done' ? 'Done' : state === 'updated' ? 'Updated since you read it' : '';
		mark.classList.toggle('is-done', state === 'done');
		mark.classList.toggle('is-updated', state === 'updated');
	}
}

/** Redraws every progress part of the page from storage. */
function refresh(root: Document) {
	const progress = load();
	if (!progress) return;
	drawToggles(root, progress);
	drawStatuses(root, progress);
	drawSidebar(root, progress);
	drawSummary(root, progress);
	drawItems(root, progress);
}

const notSaved = 'Your browser did not let this page save your progress.';

function wireToggle(root: Document, toggle: HTMLElement) {
	toggle.hidden = false;
	toggle.addEventListener('click', () => {
		const progress = load();
		if (!progress) return;
		const { id, hash } = pageOf(toggle);
		const wasDone = pageState(progress, id, hash) === 'done';
		const saved = save(wasDone ? markNotDone(progress, id) : markDone(progress, id, hash, dayOf(new Date())));
		refresh(root);
		const live = liveRegionNear(toggle);
		if (live) live.textContent = !saved ? notSaved : wasDone ? 'Marked as not done.' : 'Marked as done.';
	});
}

function download(root: Document, name: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = root.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	root.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function wirePanel(root: Document, panel: HTMLElement) {
	const message = panel.querySelector<HTMLElement>('[data-progress-message]');
	const say = (text: string) => {
		if (message) message.textContent = text;
	};
	panel.hidden = false;

	panel.querySelector('[data-progress-export]')?.addEventListener('click', () => {
		const progress = load() ?? readProgress(null);
		const name = `backend-atlas-progress-${dayOf(new Date())}.json`;
		download(root, name, exportFile(progress, new Date()));
		say(`Exported ${plural(Object.keys(progress.pages).length, 'page', 'pages')} marked as done, saved as ${name}.`);
	});

	const input = panel.querySelector<HTMLInputElement>('[data-progress-import]');
	input?.addEventListener('change', async () => {
		const chosen = input.files?.[0];
		if (!chosen) return;
		try {
			const result = parseImport(await chosen.text(), new Set(listedPages(root).map((page) => page.id)));
			if (!result.ok) return say(`${result.message} Your progress was not changed.`);
			if (!save(result.progress)) return say(notSaved);
			refresh(root);
			const { left } = result;
			let text = `Imported progress: ${plural(Object.keys(result.progress.pages).length, 'page', 'pages')} done.`;
			if (left.length === 1) text += ` 1 page in the file is not on this site and was left out: ${left[0]}.`;
			if (left.length > 1) text += ` ${left.length} pages in the file are not on this site and were left out: ${left.join(', ')}.`;
			say(text);
		} catch {
			say('This file could not be read. Your progress was not changed.');
		} finally {
			input.value = '';
		}
	});

	panel.querySelector('[data-progress-clear]')?.addEventListener('click', () => {
		const stored = load();
		const marked = Object.keys(stored?.pages ?? {}).length;
		if (marked === 0 && Object.keys(stored?.checks ?? {}).length === 0) return say('There is no progress to clear.');
		const question =
			marked === 1
				? 'Clear your progress on 1 page, and your self-check scores?'
				: `Clear your progress on all ${marked} pages, and your self-check scores?`;
		if (!(root.defaultView ?? window).confirm(`${question} This cannot be undone.`)) return say('Nothing was cleared.');
		if (!save(undefined)) return say(notSaved);
		refresh(root);
		say('Progress cleared.');
	});
}

/** Shows and wires the progress parts of the page. Call once per page. */
export function enhanceProgress(root: Document = document): void {
	// No storage (blocked, or a private window that refuses it): leave every control hidden.
	if (!load()) return;
	for (const toggle of root.querySelectorAll<HTMLElement>('[data-progress-toggle]')) wireToggle(root, toggle);
	const panel = root.querySelector<HTMLElement>('[data-progress-panel]');
	if (panel) wirePanel(root, panel);
	refresh(root);
	// Another tab marked, imported or cleared: show the same state here.
	(root.defaultView ?? window).addEventListener('storage', (event) => {
		if (event.key === progressKey || event.key === null) refresh(root);
	});
}
