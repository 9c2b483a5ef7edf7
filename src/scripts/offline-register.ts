/**
 * Registers the service worker (src/offline/sw.ts, built to <base>sw.js), so every page the reader
 * opens is kept for reading offline. Runs with the reader controls, after the page has loaded.
 * "Save the whole guide" (home page) and the list of saved pages (offline page) load only where
 * their section is on the page.
 */
import { listFile, workerFile } from '../offline/policy';
import { baseWithSlash } from '../lib/with-base';

const base = baseWithSlash(import.meta.env.BASE_URL);

export function enhanceOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	// A browser that refuses (a private window, storage turned off) leaves the guide as it is without one.
	navigator.serviceWorker.register(`${base}${workerFile}`, { scope: base }).catch(() => undefined);
	const listUrl = `${base}${listFile}`;
	const save = document.querySelector<HTMLElement>('[data-offline-save]');
	if (save) void import('./offline-save').then(({ enhanceSaveGuide }) => enhanceSaveGuide(save, listUrl, base));
	const saved = document.querySelector<HTMLElement>('[data-offline-list]');
	if (saved) void import('./offline-pages').then(({ listSavedPages }) => listSavedPages(saved, listUrl, base));
}
