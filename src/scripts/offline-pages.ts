/**
 * On the offline page: lists the pages saved in this browser (read from Cache Storage), with their
 * titles from the build's list (offline-pages.json, saved with the worker's shell).
 */
import { fetchList, savedPaths } from './offline-data';

export async function listSavedPages(section: HTMLElement, listUrl: string, base: string): Promise<void> {
	const status = section.querySelector('[role="status"]');
	const list = section.querySelector('ul');
	if (!status || !list || !('caches' in window)) return;
	section.hidden = false;
	try {
		const [pages, saved] = await Promise.all([fetchList(listUrl), savedPaths(base)]);
		const here = pages.pages.filter((page) => saved.has(page.path));
		status.textContent =
			here.length === 0
				? 'No pages are saved in this browser yet. Pages you open while online are saved as you read them.'
				: `${here.length} ${here.length === 1 ? 'page is' : 'pages are'} saved:`;
		list.replaceChildren(
			...here.map((page) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = page.path;
				link.textContent = page.title;
				item.append(link);
				return item;
			}),
		);
	} catch {
		status.textContent = 'The list of saved pages could not be read in this browser.';
	}
}
