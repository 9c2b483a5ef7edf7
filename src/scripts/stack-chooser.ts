/**
 * The stack chooser in the browser. The form works without this script (a plain GET form: the
 * answers land in the address, and the rules table explains them). With it, the page reads the
 * answers from the address on load, checks their radio buttons, works out the suggestion with
 * the same `suggest` the build uses, and shows it in the result region. Submitting updates the
 * address in place (the same address a plain submit would load), shows the new suggestion and
 * moves focus to its heading; Back and Forward show the answers of that address again.
 */
import { answersFromQuery, suggest, type ChooserRules, type Suggestion } from '../lib/stack-chooser';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function readRules(root: HTMLElement): ChooserRules | undefined {
	try {
		const rules: unknown = JSON.parse(root.dataset['rules'] ?? '');
		return Array.isArray(rules) ? (rules as ChooserRules) : undefined;
	} catch {
		return undefined;
	}
}

/** The sentence that opens the result. Never "best": a tie is named as a tie. */
function summaryOf(suggestion: Suggestion, titleOf: (stack: string) => string): string {
	const names = suggestion.stacks.map(titleOf);
	if (names.length === 0) {
		return suggestion.ignored.length
			? 'None of the answers in this address is one the chooser knows, so there is nothing to suggest yet. Pick at least one answer above.'
			: 'You have not answered any question yet, so there is nothing to suggest. Pick at least one answer above.';
	}
	const points = plural(suggestion.points, 'point', 'points');
	if (!suggestion.tie) return `${names[0] ?? ''} got the most points from your answers (${points}), so it is a good stack to start with.`;
	return (
		`${listOf(names)} share the most points from your answers (${points} each), so they are equally good starting points. ` +
		'If you cannot decide, try the official tutorial of each for an evening and keep the one you enjoyed more.'
	);
}

export function enhanceStackChooser(root: HTMLElement) {
	const form = root.querySelector('form');
	const result = root.querySelector<HTMLElement>('[data-chooser-result]');
	const heading = result?.querySelector<HTMLElement>('h3');
	const summary = result?.querySelector<HTMLElement>('[data-chooser-summary]');
	const ignoredNote = result?.querySelector<HTMLElement>('[data-chooser-ignored]');
	const rules = readRules(root);
	if (!form || !result || !heading || !summary || !ignoredNote || !rules) return;
	const cards = new Map([...result.querySelectorAll<HTMLElement>('[data-stack]')].map((card) => [card.dataset['stack'] ?? '', card]));
	const titleOf = (stack: string) => cards.get(stack)?.dataset['title'] ?? stack;
	const labelOf = (question: string, answer: string) =>
		rules.find((entry) => entry.id === question)?.answers.find((entry) => entry.id === answer)?.label ?? answer;

	const item = (text: string) => {
		const li = document.createElement('li');
		li.textContent = text;
		return li;
	};

	const show = (query: string, { focus }: { focus: boolean }) => {
		const answers = answersFromQuery(query);
		for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = answers[input.name] === input.value;
		const suggestion = suggest(rules, answers);
		summary.textContent = summaryOf(suggestion, titleOf);
		ignoredNote.hidden = suggestion.ignored.length === 0;
		ignoredNote.textContent = suggestion.ignored.length
			? `Left out, because the chooser does not know ${suggestion.ignored.length === 1 ? 'it' : 'them'}: ${suggestion.ignored.join(', ')}.`
			: '';
		for (const [stack, card] of cards) {
			const shown = suggestion.stacks.includes(stack);
			card.hidden = !shown;
			if (!shown) continue;
			const points = card.querySelector<HTMLElement>('[data-chooser-points]');
			if (points) points.textContent = `${plural(suggestion.scores[stack] ?? 0, 'point', 'points')} from your answers`;
			card
				.querySelector('[data-chooser-reasons]')
				?.replaceChildren(
					...suggestion.reasons
						.filter((reason) => reason.stack === stack)
						.map((reason) => item(`“${labelOf(reason.question, reason.answer)}” (+${reason.points}): ${reason.text}`)),
				);
			const cautions = suggestion.cautions.filter((caution) => caution.stack === stack);
			const block = card.querySelector<HTMLElement>('[data-chooser-cautions]');
			if (block) block.hidden = cautions.length === 0;
			card
				.querySelector('[data-chooser-caution-list]')
				?.replaceChildren(...cautions.map((caution) => item(`“${labelOf(caution.question, caution.answer)}”: ${caution.text}`)));
		}
		result.hidden = false;
		if (focus) heading.focus();
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
		// The address a plain submit would load: the form's own action, with the answers as its query.
		const url = new URL(form.action);
		url.search = params.toString();
		history.pushState(null, '', url);
		show(url.search, { focus: true });
	});
	addEventListener('popstate', () => {
		if (location.search) show(location.search, { focus: false });
		else {
			form.reset();
			result.hidden = true;
		}
	});
	if (location.search) show(location.search, { focus: false });
}
