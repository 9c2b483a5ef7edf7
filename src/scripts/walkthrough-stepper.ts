/**
 * The walkthrough's step-through. The page is a complete ordered list without it; this adds
 * Previous/Next buttons and the arrow keys, highlights the current step in the list and the
 * diagram, announces it to screen readers, and follows the reader's scrolling through the list
 * and through the full sections further down the page.
 */

const typing = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="tablist"]';
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function enhanceWalkthrough(root: HTMLElement) {
	const steps = [...root.querySelectorAll<HTMLElement>('[data-wt-step]')];
	const nodes = [...root.querySelectorAll<SVGGElement>('[data-wt-node]')];
	const controls = root.querySelector<HTMLElement>('[data-wt-controls]');
	const previous = root.querySelector<HTMLButtonElement>('[data-wt-prev]');
	const next = root.querySelector<HTMLButtonElement>('[data-wt-next]');
	const status = root.querySelector<HTMLElement>('[data-wt-status]');
	const live = root.querySelector<HTMLElement>('[data-wt-live]');
	if (!steps.length || !controls || !previous || !next || !status || !live) return;
	controls.hidden = false;
	root.dataset['wtReady'] = '';

	let current = -1;
	// After a move by button or key, the page scrolls to that step: until it gets there,
	// the steps it passes on the way must not take the highlight.
	let heading: number | undefined;
	let headingTimer: ReturnType<typeof setTimeout> | undefined;

	const show = (index: number, { announce = false, scroll = false } = {}) => {
		const target = Math.min(Math.max(index, 0), steps.length - 1);
		const step = steps[target] as HTMLElement;
		if (target !== current) {
			current = target;
			steps.forEach((item, i) => (i === target ? item.setAttribute('aria-current', 'step') : item.removeAttribute('aria-current')));
			nodes.forEach((node) => node.classList.toggle('is-current', node.dataset['wtNode'] === step.dataset['wtStep']));
			status.textContent = `Step ${target + 1} of ${steps.length}: ${step.dataset['wtTitle']}`;
			previous.setAttribute('aria-disabled', String(target === 0));
			next.setAttribute('aria-disabled', String(target === steps.length - 1));
		}
		if (announce) live.textContent = `Step ${target + 1} of ${steps.length}: ${step.dataset['wtTitle']}. ${step.dataset['wtActor']}.`;
		if (scroll) {
			heading = target;
			const release = (after: number) => {
				clearTimeout(headingTimer);
				headingTimer = setTimeout(() => (heading = undefined), after);
			};
			// Held until the scroll has ended (and the observer has reported the last steps it
			// passed), however long a busy browser takes; the long timer covers a step already in place.
			release(3000);
			const ended = () => heading === target && release(300);
			addEventListener('scrollend', ended, { once: true });
			step.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'instant' : 'smooth' });
		}
	};

	const move = (by: number) => {
		if (current + by >= 0 && current + by < steps.length) show(current + by, { announce: true, scroll: true });
	};
	previous.addEventListener('click', () => move(-1));
	next.addEventListener('click', () => move(1));
	// The arrow keys work while focus is in the walkthrough, or on nothing in particular while it is on screen.
	let onScreen = false;
	new IntersectionObserver(([entry]) => (onScreen = entry?.isIntersecting ?? false)).observe(root);
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
		const target = event.target instanceof Element ? event.target : null;
		const inside = target !== null && root.contains(target);
		const idle = target === null || target === document.body || target === document.documentElement;
		if ((!inside && !(idle && onScreen)) || target?.closest(typing)) return;
		event.preventDefault();
		move(event.key === 'ArrowRight' ? 1 : -1);
	});
	nodes.forEach((node) =>
		node.addEventListener('click', () =>
			show(
				steps.findIndex((step) => step.dataset['wtStep'] === node.dataset['wtNode']),
				{ announce: true, scroll: true },
			),
		),
	);

	// Scrolling: the step (or the heading of its full section further down) that crosses the middle of the screen is current.
	const watched = new Map<Element, number>();
	steps.forEach((step, index) => {
		watched.set(step, index);
		const section = document.getElementById(step.dataset['wtSection'] ?? '');
		if (section) watched.set(section, index);
	});
	const observer = new IntersectionObserver(
		(entries) => {
			const hit = entries.filter((entry) => entry.isIntersecting).at(-1);
			const index = hit && watched.get(hit.target);
			if (index === undefined) return;
			if (heading !== undefined && index !== heading) return;
			heading = undefined;
			show(index);
		},
		{ rootMargin: '-40% 0px -50% 0px' },
	);
	watched.forEach((_index, element) => observer.observe(element));

	const fromHash = steps.findIndex((step) => `#${step.id}` === location.hash);
	show(Math.max(fromHash, 0));
}
