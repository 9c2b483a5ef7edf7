/**
 * The reader's progress, kept in their browser: marking a page as done by keyboard, what the
 * page, the sidebar and the learning path then show, export, clear and import (refusing broken
 * files), a page changed since it was marked, and no controls at all without JavaScript.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeBrowser, openPage, watchOf } from '../helpers/browser';
import { axeViolations } from '../helpers/sweep';

afterAll(closeBrowser);

const conceptPath = '/concepts/http/';
const pathPath = '/learning-path/';
const storageKey = 'backend-atlas:progress:v1';

const toggle = (page: Page) => page.locator('[data-progress-toggle]');
const pressed = (page: Page) => toggle(page).getAttribute('aria-pressed');
const live = (page: Page) => page.locator('[data-progress-live]').textContent();
const status = (page: Page) => page.locator('[data-progress-status]').textContent();
const summary = (page: Page) => page.locator('[data-progress-summary]').textContent();
const message = (page: Page) => page.locator('[data-progress-message]').textContent();
const httpMark = (page: Page) => page.locator('[data-progress-item="concepts/http"] [data-progress-mark]').textContent();
const sidebarMarks = (page: Page) => page.locator('#starlight__sidebar a[href$="/concepts/http/"] .atlas-done-mark');
/** Goes to another page of the site in the same tab (same browser storage). */
const goTo = (page: Page, path: string) => page.goto(new URL(path, page.url()).href, { waitUntil: 'load' });

/** Answers the next confirm() with `accept`, returning its question once the dialog was shown. */
function answerDialog(page: Page, accept: boolean): Promise<string> {
	return page.waitForEvent('dialog').then(async (dialog) => {
		const question = dialog.message();
		await (accept ? dialog.accept() : dialog.dismiss());
		return question;
	});
}

async function downloadedText(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

/** Chooses a file with `text` in the learning path's import field. */
const importText = (page: Page, text: string) =>
	page.locator('[data-progress-import]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });

/** The count in "N of M pages done.", checking M is the whole path. */
async function doneCount(page: Page): Promise<number> {
	const match = /^(\d+) of (\d+) pages done\./.exec((await summary(page)) ?? '');
	expect(Number(match?.[2])).toBeGreaterThan(40);
	return Number(match?.[1]);
}

describe('without JavaScript', () => {
	it('the progress controls are in the page but not shown', async () => {
		const page = await openPage(conceptPath, { javaScriptEnabled: false });
		await expect(toggle(page).count()).resolves.toBe(1);
		await expect(toggle(page).isVisible()).resolves.toBe(false);
		await expect(page.locator('[data-progress-status]').isVisible()).resolves.toBe(false);
		await goTo(page, pathPath);
		await expect(page.locator('[data-progress-panel]').count()).resolves.toBe(1);
		await expect(page.locator('[data-progress-panel]').isVisible()).resolves.toBe(false);
		await expect(page.locator('[data-progress-summary]').isVisible()).resolves.toBe(false);
	});
});

describe('marking a page as done', () => {
	it('works by keyboard, is announced, survives a reload and ticks the sidebar', async () => {
		const page = await openPage(conceptPath);
		// The controls are drawn after the page's load event (see the Footer override), so wait for them.
		await toggle(page).waitFor({ state: 'visible' });
		await expect(toggle(page).isVisible()).resolves.toBe(true);
		await expect(pressed(page)).resolves.toBe('false');
		await expect(sidebarMarks(page).count()).resolves.toBe(0);
		await toggle(page).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => pressed(page)).toBe('true');
		await expect.poll(() => live(page)).toBe('Marked as done.');
		await expect(toggle(page).textContent()).resolves.toMatch(/Mark this page as done/);

		await page.reload({ waitUntil: 'load' });
		await expect.poll(() => pressed(page)).toBe('true');
		await expect(status(page)).resolves.toMatch(/^You marked this page as done on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
		await expect(sidebarMarks(page).count()).resolves.toBe(1);
		await expect(sidebarMarks(page).textContent()).resolves.toBe('✓ (done)');
		await expect(page.locator('#starlight__sidebar .atlas-done-mark').count()).resolves.toBe(1);
		expect(await axeViolations(page, ['main', '#starlight__sidebar'])).toEqual([]);

		await toggle(page).focus();
		await page.keyboard.press('Space');
		await expect.poll(() => live(page)).toBe('Marked as not done.');
		await expect(pressed(page)).resolves.toBe('false');
		await expect(page.locator('[data-progress-status]').isVisible()).resolves.toBe(false);
		await expect(sidebarMarks(page).count()).resolves.toBe(0);
		expect(watchOf(page).cspViolations).toEqual([]);
		expect(watchOf(page).scriptErrors).toEqual([]);
	});

	it('shows in another open tab without reloading it', async () => {
		const page = await openPage(pathPath);
		await expect.poll(() => doneCount(page)).toBe(0);
		const other = await page.context().newPage();
		await other.goto(new URL(conceptPath, page.url()).href, { waitUntil: 'load' });
		await toggle(other).click();
		await expect.poll(() => doneCount(page)).toBe(1);
		await expect.poll(() => httpMark(page)).toBe('Done');
	});

	it('says "updated since you read it" when the page changed after it was marked', async () => {
		const page = await openPage(conceptPath);
		const hash = (await toggle(page).getAttribute('data-progress-hash')) ?? '';
		expect(hash).toMatch(/^[0-9a-f]{12}$/);
		const older = hash.startsWith('0') ? '1'.repeat(12) : '0'.repeat(12);
		const stored = { version: 1, pages: { 'concepts/http': { hash: older, at: '2026-12-02' } } };
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, JSON.stringify(stored)] as const);
		await page.reload({ waitUntil: 'load' });
		await expect
			.poll(() => status(page))
			.toBe('Updated since you read it: you marked it as done on 2 December 2026, and the page has changed since.');
		await expect(pressed(page)).resolves.toBe('true');
		await expect(page.locator('[data-progress-status]').getAttribute('class')).resolves.toContain('is-updated');
		// Marking it again records the page as it is now: done, no longer updated.
		await toggle(page).click();
		await expect.poll(() => status(page)).toMatch(/^You marked this page as done on /);
		await expect(pressed(page)).resolves.toBe('true');
		await goTo(page, pathPath);
		await expect.poll(() => httpMark(page)).toBe('Done');
		await expect(summary(page)).resolves.not.toMatch(/updated/);
	});
});

describe('the learning path', () => {
	it('counts the page, exports it, clears it, and imports it again in a fresh browser', async () => {
		const page = await openPage(conceptPath);
		await toggle(page).click();
		await expect.poll(() => pressed(page)).toBe('true');
		await goTo(page, pathPath);
		await expect.poll(() => doneCount(page)).toBe(1);
		await expect(httpMark(page)).resolves.toBe('Done');
		await expect(page.locator('[data-progress-panel]').isVisible()).resolves.toBe(true);

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^backend-atlas-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = JSON.parse(await downloadedText(download));
		expect(exported).toMatchObject({ format: 'backend-atlas-progress', site: 'Backend Atlas', version: 1 });
		expect(Object.keys(exported.pages)).toEqual(['concepts/http']);

		const declined = answerDialog(page, false);
		await page.getByRole('button', { name: 'Clear progress' }).click();
		await expect(declined).resolves.toBe('Clear your progress on 1 page, and your self-check scores? This cannot be undone.');
		await expect.poll(() => message(page)).toBe('Nothing was cleared.');
		await expect(doneCount(page)).resolves.toBe(1);
		const accepted = answerDialog(page, true);
		await page.getByRole('button', { name: 'Clear progress' }).click();
		await accepted;
		await expect.poll(() => message(page)).toBe('Progress cleared.');
		await expect(summary(page)).resolves.toMatch(/^0 of \d+ pages done\. Mark a page as done at its end to see it here\.$/);
		await expect(httpMark(page)).resolves.toBe('');

		// A fresh browser has no progress until the file is imported; a page the site no longer has is reported.
		const fresh = await openPage(pathPath);
		await expect.poll(() => doneCount(fresh)).toBe(0);
		exported.pages['retired/page'] = { hash: '0123456789ab', at: '2026-01-01' };
		await importText(fresh, JSON.stringify(exported));
		await expect
			.poll(() => message(fresh))
			.toBe('Imported progress: 1 page done. 1 page in the file is not on this site and was left out: retired/page.');
		await expect(doneCount(fresh)).resolves.toBe(1);
		await expect(httpMark(fresh)).resolves.toBe('Done');
		expect(await axeViolations(fresh, ['main'])).toEqual([]);
		await goTo(fresh, conceptPath);
		await expect.poll(() => pressed(fresh)).toBe('true');
		expect(watchOf(page).cspViolations).toEqual([]);
		expect(watchOf(fresh).scriptErrors).toEqual([]);
	});

	it('refuses a broken file, says why, and keeps the progress as it was', async () => {
		const page = await openPage(conceptPath);
		await toggle(page).click();
		await goTo(page, pathPath);
		await expect.poll(() => doneCount(page)).toBe(1);

		const refusals: Array<[string, RegExp]> = [
			['{"format":"other"}', /not a progress export from Backend Atlas/],
			[
				'{"format":"backend-atlas-progress","site":"Backend Atlas","version":99,"pages":{}}',
				/newer version of Backend Atlas \(version 99\)/,
			],
			['{ not json', /not valid JSON/],
		];
		for (const [text, problem] of refusals) {
			await importText(page, text);
			await expect.poll(() => message(page)).toMatch(problem);
			await expect(message(page)).resolves.toMatch(/Your progress was not changed\.$/);
			await expect(doneCount(page)).resolves.toBe(1);
			await expect(httpMark(page)).resolves.toBe('Done');
			// The field is emptied after each import, so the same file can be chosen again.
			await expect(page.locator('[data-progress-import]').inputValue()).resolves.toBe('');
		}
	});
});
