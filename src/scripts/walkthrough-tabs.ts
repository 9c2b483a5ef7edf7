/**
 * Links into the endpoint tabs. Each framework page links to its sample on the endpoint page
 * ("/start-here/order-endpoint/#create-an-order-in-django"); the heading it names sits in a tab
 * panel that is hidden unless that tab is chosen. This opens the tab (which also remembers the
 * reader's stack, as choosing it by hand does) and scrolls to the heading.
 */
function openTabForHash(hash: string = location.hash) {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return;
	}
	const target = id ? document.getElementById(id) : null;
	const panel = target?.closest<HTMLElement>('starlight-tabs > [role="tabpanel"]');
	if (!target || !panel) return;
	if (panel.hidden) {
		const tab = panel.parentElement?.querySelector<HTMLAnchorElement>(`[role="tab"][href="#${CSS.escape(panel.id)}"]`);
		tab?.click();
	}
	target.scrollIntoView({ block: 'start' });
}

export function followTabHashes() {
	customElements.whenDefined('starlight-tabs').then(() => {
		openTabForHash();
		addEventListener('hashchange', () => openTabForHash());
	});
}
