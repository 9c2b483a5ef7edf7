/**
 * The "Check yourself" questions, once JavaScript runs: choosing an answer shows at once why it is
 * right or wrong (in the question's live region), and when every question has been answered the
 * first-try score is saved with the reader's progress (progress-store.ts) and shown. Nothing here
 * is needed to read the page: without it every answer is in the <details> under its question.
 */
import { dayOf, formatDay, recordScore, scoreOf } from './progress-store';
import { load, save } from './progress-ui';

const scoreText = (right: number, total: number) => `${right} of ${total} right at the first try`;

export function enhanceSelfChecks(root: Document = document): void {
	for (const section of root.querySelectorAll<HTMLElement>('[data-sc]')) {
		const pageId = section.dataset['scPage'] ?? '';
		const questions = [...section.querySelectorAll<HTMLFieldSetElement>('[data-sc-question]')];
		const scoreLine = section.querySelector<HTMLElement>('[data-sc-score]');
		const first = new Map<string, boolean>();
		const before = load();
		const last = before && scoreOf(before, pageId);
		if (scoreLine && last) {
			scoreLine.textContent = `Your last score here: ${scoreText(last.right, last.total)}, on ${formatDay(last.at)}.`;
			scoreLine.hidden = false;
		}
		for (const question of questions) {
			question.addEventListener('change', (event) => {
				const input = event.target as HTMLInputElement;
				const answer = question.querySelector<HTMLElement>(`[data-sc-explains="${CSS.escape(input.value)}"]`);
				const feedback = question.querySelector<HTMLElement>('[data-sc-feedback]');
				if (!answer || !feedback) return;
				const right = answer.dataset['scCorrect'] === 'true';
				const why = answer.querySelector('[data-sc-explanation]')?.textContent ?? '';
				feedback.textContent = `${right ? 'Right.' : 'Not quite.'} ${why}`;
				feedback.classList.toggle('is-right', right);
				feedback.classList.toggle('is-wrong', !right);
				if (!first.has(question.id)) first.set(question.id, right);
				if (first.size === questions.length && scoreLine) {
					const total = questions.length;
					const got = [...first.values()].filter(Boolean).length;
					const progress = load();
					const saved = progress ? save(recordScore(progress, pageId, { right: got, total, at: dayOf(new Date()) })) : false;
					scoreLine.textContent = `You got ${scoreText(got, total)}.${saved ? ' Saved with your progress in this browser.' : ''}`;
					scoreLine.hidden = false;
				}
			});
		}
	}
}
