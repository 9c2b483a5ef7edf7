/**
 * "Choose your first stack" in a real browser: answered with the keyboard, the answers land in the
 * address and the suggestion appears with its links, and focus moves to it; the address reopens
 * the same suggestion in a fresh page; a tie says the stacks are equally good; an unknown answer
 * is left out; Back shows the earlier answers; without JavaScript the form still submits and the
 * rules table is there; the sub-path build links correctly; axe passes at 375 px in both themes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage, watchOf } from '../helpers/browser';
import { axeViolations } from '../helpers/sweep';

afterAll(closeBrowser);

const path = '/start-here/choose-your-stack/';

/** The stacks whose cards are shown in the result, by key. */
const suggested = (page: Page) =>
	page
		.locator('[data-chooser-result] [data-stack]:not([hidden])')
		.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-stack')));
const summary = (page: Page) => page.locator('[data-chooser-summary]').textContent();
const card = (page: Page, stack: string) => page.locator(`[data-chooser-result] [data-stack="${stack}"]`);
/** The path and query of the page's address. */
const addressOf = (page: Page) => {
	const url = new URL(page.url());
	return `${url.pathname}${url.search}`;
};

describe('answering with the keyboard', () => {
	it('puts the answers in the address, shows the suggestion with its links, moves focus to it, and the address reopens it', async () => {
		const page = await openPage(path);
		await expect(page.locator('[data-chooser-result]').isVisible()).resolves.toBe(false);
		// Question 1: the arrow keys move through the radio buttons and check them; Tab goes to the next question.
		await page.locator('#chooser-build-website').focus();
		await page.keyboard.press('ArrowDown'); // A JSON API
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown'); // Python
		await page.keyboard.press('Tab'); // question 3, left unanswered
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown'); // By putting small pieces together myself
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Suggest a stack');
		await page.keyboard.press('Enter');

		await expect.poll(() => addressOf(page)).toBe(`${path}?build=api&know=python&learn=own-pieces`);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chooser-result-heading');
		await expect(page.locator('[data-chooser-result]').getAttribute('aria-live')).resolves.toBe('polite');
		await expect(suggested(page)).resolves.toEqual(['python-fastapi']);
		await expect(summary(page)).resolves.toBe(
			'Python with FastAPI got the most points from your answers (5 points), so it is a good stack to start with.',
		);
		const fastapi = card(page, 'python-fastapi');
		await expect(fastapi.getByRole('heading', { level: 4 }).textContent()).resolves.toBe('Python with FastAPI');
		await expect(fastapi.getByRole('link', { name: 'Python', exact: true }).getAttribute('href')).resolves.toBe('/languages/python/');
		await expect(fastapi.getByRole('link', { name: 'FastAPI', exact: true }).getAttribute('href')).resolves.toBe('/frameworks/fastapi/');
		await expect(fastapi.getByRole('link', { name: 'The learning path for Python' }).getAttribute('href')).resolves.toBe(
			'/learning-path/python/',
		);
		const reasons = await fastapi.locator('[data-chooser-reasons] li').allTextContents();
		expect(reasons).toHaveLength(3);
		expect(reasons[0]).toMatch(/^“A JSON API for a phone app or a web front end” \(\+2\): FastAPI builds a JSON API/);
		const result = (await page.locator('[data-chooser-result]').innerText()).toLowerCase();
		expect(result).toContain('any of the guide’s stacks can take a beginner to a first job');
		expect(result).not.toMatch(/\bbest\b/);
		expect(watchOf(page).cspViolations).toEqual([]);
		expect(watchOf(page).scriptErrors).toEqual([]);

		// The address alone, in a fresh browser context, gives the same suggestion and checks the same answers.
		const again = await openPage(addressOf(page));
		await expect.poll(() => suggested(again)).toEqual(['python-fastapi']);
		await expect(summary(again)).resolves.toBe(await summary(page));
		const checked = await again
			.locator('form input[type="radio"]:checked')
			.evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`));
		expect(checked).toEqual(['build=api', 'know=python', 'learn=own-pieces']);
		// Opening a shared address does not move the reader's focus.
		await expect(again.evaluate(() => document.activeElement?.id ?? '')).resolves.not.toBe('chooser-result-heading');
	});

	it('goes back to the earlier answers with the Back button', async () => {
		const page = await openPage(`${path}?employer=services`);
		await expect.poll(() => suggested(page)).toEqual(['go']);
		await page.locator('label[for="chooser-know-javascript"]').click();
		await page.getByRole('button', { name: 'Suggest a stack' }).click();
		await expect.poll(() => addressOf(page)).toBe(`${path}?know=javascript&employer=services`);
		await expect.poll(() => suggested(page)).toEqual(['go', 'javascript-express', 'typescript-nestjs']);
		await page.goBack();
		await expect.poll(() => suggested(page)).toEqual(['go']);
		await expect(page.locator('#chooser-know-javascript').isChecked()).resolves.toBe(false);
	});
});

describe('an honest result', () => {
	it('says that tied stacks are equally good starting points and shows all of them', async () => {
		const page = await openPage(`${path}?employer=large`);
		await expect.poll(() => suggested(page)).toEqual(['csharp-aspnet-core', 'java-spring-boot']);
		await expect(summary(page)).resolves.toBe(
			'C# with ASP.NET Core and Java with Spring Boot share the most points from your answers (2 points each), so they are equally good starting points. ' +
				'If you cannot decide, try the official tutorial of each for an evening and keep the one you enjoyed more.',
		);
		await expect(
			card(page, 'java-spring-boot').getByRole('link', { name: 'The learning path for Java' }).getAttribute('href'),
		).resolves.toBe('/learning-path/java/');
	});

	it("shows a caution from a suggested stack's own pages next to its reasons", async () => {
		const page = await openPage(`${path}?know=nothing&employer=large&learn=compiler`);
		await expect.poll(() => suggested(page)).toEqual(['csharp-aspnet-core', 'java-spring-boot']);
		const cautions = card(page, 'java-spring-boot').locator('[data-chooser-caution-list] li');
		await expect(cautions.allTextContents()).resolves.toEqual([
			'“Nothing yet: this will be my first language”: Spring Boot can feel heavy while Java itself is new, and a smaller framework lets you learn one thing at a time.',
		]);
		await expect(card(page, 'java-spring-boot').locator('[data-chooser-cautions]').isVisible()).resolves.toBe(true);
	});

	it('leaves out an answer it does not know and uses the rest, saying what it left out', async () => {
		const page = await openPage(`${path}?build=data&know=cobol`);
		await expect.poll(() => suggested(page)).toEqual(['python-fastapi']);
		await expect(page.locator('[data-chooser-ignored]').textContent()).resolves.toBe(
			'Left out, because the chooser does not know it: know=cobol.',
		);
		await expect(page.locator('#chooser-build-data').isChecked()).resolves.toBe(true);
	});

	it('names the runtime of a stack that needs one', async () => {
		const page = await openPage(`${path}?know=javascript`);
		await expect.poll(() => suggested(page)).toEqual(['javascript-express']);
		await expect(card(page, 'javascript-express').getByRole('link', { name: 'Node.js' }).getAttribute('href')).resolves.toBe(
			'/runtimes/nodejs/',
		);
	});
});

describe('without JavaScript', () => {
	it('the form still puts the answers in the address, and the whole rules table is there, fitting a phone', async () => {
		const page = await openPage(path, { javaScriptEnabled: false, width: 375, height: 800 });
		const rows = page.locator('.chooser-rules tbody tr[data-answer]');
		await expect(rows.count()).resolves.toBe(18);
		const questions = await page.locator('.chooser-rules th[scope="rowgroup"]').allTextContents();
		expect(questions.map((text) => text.trim())).toEqual([
			'Question 1: What do you want to build first?',
			'Question 2: What do you already know?',
			'Question 3: What kind of employer do you aim for?',
			'Question 4: How do you like to learn?',
		]);
		await expect(page.locator('.chooser-rules table').isVisible()).resolves.toBe(true);
		await expect(page.locator('.chooser-rules caption').textContent()).resolves.toMatch(/18 answers to 4 questions/);
		const api = page.locator('.chooser-rules tbody[data-question="build"] tr[data-answer="api"]');
		await expect(api.locator('th[scope="row"]').textContent()).resolves.toContain('A JSON API');
		await expect(api.getByRole('link', { name: 'FastAPI' }).first().getAttribute('href')).resolves.toBe('/frameworks/fastapi/');
		await expect(api.textContent()).resolves.toContain('2 points');
		await expect(page.locator('[data-chooser-result]').isVisible()).resolves.toBe(false);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);

		await page.locator('label[for="chooser-employer-startup"]').click();
		await page.getByRole('button', { name: 'Suggest a stack' }).click();
		await page.waitForURL(/\?employer=startup$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Choose your first stack');
	});
});

describe('under the sub-path', () => {
	it('links every suggested page and learning path under /backend-atlas/, and submits to itself there', async () => {
		const page = await openPage(`${path}?build=data`, { subpath: true });
		await expect.poll(() => suggested(page)).toEqual(['python-fastapi']);
		const hrefs = await card(page, 'python-fastapi')
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual([
			'/backend-atlas/languages/python/',
			'/backend-atlas/frameworks/fastapi/',
			'/backend-atlas/learning-path/python/',
		]);
		await page.locator('label[for="chooser-learn-compiler"]').click();
		await page.getByRole('button', { name: 'Suggest a stack' }).click();
		await expect.poll(() => addressOf(page)).toBe(`/backend-atlas${path}?build=data&learn=compiler`);
	});
});

describe('accessibility', () => {
	it.each(['light', 'dark'] as const)('passes axe at 375 px in the %s theme, with a result and a caution shown', async (theme) => {
		const page = await openPage(`${path}?build=website&know=nothing&learn=compiler`, { width: 375, height: 800, theme });
		await expect.poll(() => suggested(page)).toEqual(['python-django', 'ruby-rails']);
		await expect(card(page, 'ruby-rails').locator('[data-chooser-cautions]').isVisible()).resolves.toBe(true);
		const violations = await axeViolations(page);
		expect(violations, violations.join('\n')).toEqual([]);
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
		expect(watchOf(page).cspViolations).toEqual([]);
	});

	it('shows where the keyboard is: the radio buttons and the button get a visible focus outline', async () => {
		const page = await openPage(path);
		await page.locator('#chooser-learn-compiler').focus();
		await page.keyboard.press('ArrowUp');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).toBe('solid');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).resolves.toBe('solid');
	});
});
