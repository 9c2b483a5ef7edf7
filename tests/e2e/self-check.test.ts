/**
 * "Check yourself" as a reader uses it: choosing an answer by keyboard says at once why it is
 * right or wrong; answering every question shows the first-try score and keeps it with the
 * reader's progress; without JavaScript every answer and explanation is in a <details>.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from '../helpers/browser';
import { axeViolations } from '../helpers/sweep';

afterAll(closeBrowser);

const path = '/concepts/http/';

describe('self-check questions', () => {
	it('explain the chosen answer at once, and save the first-try score with the progress', async () => {
		const page = await openPage(path);
		const questions = page.locator('[data-sc-question]');
		const count = await questions.count();
		expect(count).toBeGreaterThanOrEqual(3);
		// The first question, answered wrongly first by keyboard: focus a wrong choice and press Space.
		const first = questions.first();
		const wrong = first.locator('[data-sc-correct="false"]').first();
		const wrongId = await wrong.getAttribute('data-sc-explains');
		await page.locator(`#${wrongId}`).focus();
		await page.keyboard.press('Space');
		await expect(first.locator('[data-sc-feedback]').textContent()).resolves.toMatch(/^Not quite\. .{30,}/);
		const explained = await wrong.locator('[data-sc-explanation]').textContent();
		await expect(first.locator('[data-sc-feedback]').textContent()).resolves.toContain(explained ?? 'missing');
		// Every other question answered rightly.
		for (let index = 0; index < count; index += 1) {
			const question = questions.nth(index);
			const rightId = await question.locator('[data-sc-correct="true"]').getAttribute('data-sc-explains');
			await page.locator(`label[for="${rightId}"]`).click();
			await expect(question.locator('[data-sc-feedback]').textContent()).resolves.toMatch(/^Right\. /);
		}
		await expect(page.locator('[data-sc-score]').textContent()).resolves.toBe(
			`You got ${count - 1} of ${count} right at the first try. Saved with your progress in this browser.`,
		);
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('backend-atlas:progress:v1') ?? '{}'));
		expect(stored.checks['concepts/http']).toMatchObject({ right: count - 1, total: count });
		await page.reload();
		await expect(page.locator('[data-sc-score]').textContent()).resolves.toMatch(
			new RegExp(`^Your last score here: ${count - 1} of ${count} right`),
		);
		expect(await axeViolations(page, ['.sc'])).toEqual([]);
	});

	it('without JavaScript, show each answer and why in a details element', async () => {
		const page = await openPage(path, { javaScriptEnabled: false });
		const details = page.locator('.sc-answers').first();
		await details.locator('summary').click();
		const items = details.locator('li');
		await expect(items.count()).resolves.toBeGreaterThanOrEqual(3);
		await expect(details.locator('li[data-sc-correct="true"]').textContent()).resolves.toMatch(/^Right: /);
		await expect(page.locator('[data-sc-score]').isVisible()).resolves.toBe(false);
	});
});
