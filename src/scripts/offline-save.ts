/**
 * "Save the whole guide for offline" (src/components/offline/SaveGuide.astro): fetches every page
 * and file the build listed (offline-pages.json) through the service worker, which saves each one,
 * with its progress in a <progress> bar and a polite status line.
 */
import { saveHeader } from '../offline/policy';
import { fetchList, savedPaths } from './offline-data';

/** Files fetched at once: enough to keep the connection busy, few enough to leave room for the reader. */
const atOnce = 4;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function enhanceSaveGuide(section: HTMLElement, listUrl: string, base: string): Promise<void> {
	const button = section.querySelector('button');
	const bar = section.querySelector('progress');
	const status = section.querySelector('[role="status"]');
	if (!button || !bar || !status || !('caches' in window)) return;
	section.hidden = false;
	button.addEventListener('click', () => {
		button.disabled = true;
		void saveAll(listUrl, base, bar, (text) => (status.textContent = text)).finally(() => (button.disabled = false));
	});
}

/** Runs `task` on every item, `atOnce` at a time. */
async function inTurn<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
	const queue = [...items];
	const worker = async () => {
		for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
	};
	await Promise.all(Array.from({ length: atOnce }, worker));
}

async function saveAll(listUrl: string, base: string, bar: HTMLProgressElement, say: (text: string) => void): Promise<void> {
	say('Getting the list of pages…');
	try {
		await workerInCharge();
		const list = await fetchList(listUrl);
		const pages = list.pages.map((page) => page.path);
		const total = pages.length;
		bar.max = total + list.files.length;
		bar.value = 0;
		bar.hidden = false;
		const fetched = (path: string) =>
			fetch(path, { headers: { [saveHeader]: '1' } }).then(
				async (response) => (await response.arrayBuffer(), response.ok),
				() => false,
			);
		let saved = 0;
		let failed = 0;
		await inTurn(pages, async (path) => {
			if (await fetched(path)) saved += 1;
			else failed += 1;
			bar.value += 1;
			say(`Saved ${saved} of ${total} pages`);
		});
		say(`Saved ${saved} of ${total} pages. Now saving the search index, so search works offline too…`);
		await inTurn(list.files, async (path) => {
			if (!(await fetched(path))) failed += 1;
			bar.value += 1;
		});
		const kept = [...(await savedPaths(base))].filter((path) => pages.includes(path)).length;
		const size = await navigator.storage?.estimate?.().catch(() => undefined);
		const used = size?.usage ? ` (${megabytes(size.usage)} used in this browser)` : '';
		say(
			failed === 0
				? `Done: all ${kept} pages and the search index are saved in this browser${used}. You can read them without a connection.`
				: `Saved ${kept} of ${total} pages; ${failed} files could not be fetched. Check your connection and press the button again to save the rest.`,
		);
	} catch {
		say('Could not save the guide: there seems to be no connection, or this browser does not allow saving. Try again when you are online.');
	}
}

/** Waits until the service worker controls this page, so what the page fetches goes through it. */
async function workerInCharge(): Promise<void> {
	await navigator.serviceWorker.ready;
	if (navigator.serviceWorker.controller) return;
	await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
}
