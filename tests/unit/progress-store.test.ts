import { describe, expect, it } from 'vitest';
import {
	dayOf,
	exportFile,
	formatDay,
	markDone,
	markNotDone,
	pageState,
	parseImport,
	progressKey,
	progressSummary,
	progressVersion,
	readProgress,
	recordScore,
	scoreOf,
	siteName,
	type Progress,
} from '../../src/scripts/progress-store';

const httpHash = '0123456789ab';
const newHash = 'ba9876543210';
const empty: Progress = { version: 1, pages: {} };
const oneDone: Progress = { version: 1, pages: { 'concepts/http': { hash: httpHash, at: '2026-12-02' } } };
const known = new Set(['concepts/http', 'languages/python', 'databases']);

/** An export file's text with `fields` replacing or adding to a sound file's fields. */
const file = (fields: Record<string, unknown>) =>
	JSON.stringify({
		format: 'backend-atlas-progress',
		site: 'Backend Atlas',
		version: 1,
		exported: '2026-12-02T10:00:00.000Z',
		pages: {},
		...fields,
	});
/** The refusal message of an import, failing the test if the import was accepted. */
function refusal(text: string): string {
	const result = parseImport(text, known);
	if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
	return result.message;
}

describe('the storage key', () => {
	it('is one versioned key named after the site', () => {
		expect(progressKey).toBe('backend-atlas:progress:v1');
		expect(progressVersion).toBe(1);
		expect(siteName).toBe('Backend Atlas');
	});
});

describe('readProgress', () => {
	it('reads what was stored', () => {
		expect(readProgress(JSON.stringify(oneDone))).toEqual(oneDone);
	});

	it('reads missing, corrupt or foreign storage as no progress, without throwing', () => {
		for (const raw of [
			null,
			'',
			'{',
			'null',
			'42',
			'[]',
			'"text"',
			'{"version":2,"pages":{}}',
			'{"version":1,"pages":[]}',
			'{"pages":{}}',
		]) {
			expect(readProgress(raw), String(raw)).toEqual(empty);
		}
	});

	it('skips a damaged entry and keeps the others', () => {
		const raw = JSON.stringify({
			version: 1,
			pages: {
				'concepts/http': { hash: httpHash, at: '2026-12-02' },
				'Bad Id': { hash: httpHash, at: '2026-12-02' },
				'languages/python': { hash: 'XYZ', at: '2026-12-02' },
				databases: { hash: httpHash, at: '2026-02-30' },
			},
		});
		expect(Object.keys(readProgress(raw).pages)).toEqual(['concepts/http']);
	});
});

describe('markDone and markNotDone', () => {
	it('mark and unmark a page, returning new objects and leaving the old ones as they were', () => {
		const done = markDone(empty, 'concepts/http', httpHash, '2026-12-02');
		expect(done).toEqual(oneDone);
		expect(empty.pages).toEqual({});
		const undone = markNotDone(done, 'concepts/http');
		expect(undone).toEqual(empty);
		expect(done).toEqual(oneDone);
	});

	it('re-marking a page replaces its hash and day', () => {
		const again = markDone(oneDone, 'concepts/http', newHash, '2027-01-05');
		expect(again.pages['concepts/http']).toEqual({ hash: newHash, at: '2027-01-05' });
		expect(oneDone.pages['concepts/http']?.hash).toBe(httpHash);
	});

	it('unmarking a page that is not marked changes nothing', () => {
		expect(markNotDone(oneDone, 'languages/python')).toEqual(oneDone);
	});
});

describe('pageState', () => {
	it('is "done" when the stored hash is the page’s, "updated" when the page has changed since', () => {
		expect(pageState(oneDone, 'concepts/http', httpHash)).toBe('done');
		expect(pageState(oneDone, 'concepts/http', newHash)).toBe('updated');
	});

	it('is "not-done" for a page never marked, even one named like an object property', () => {
		expect(pageState(oneDone, 'languages/python', httpHash)).toBe('not-done');
		expect(pageState(empty, 'constructor', httpHash)).toBe('not-done');
	});
});

describe('progressSummary', () => {
	const pages = [
		{ id: 'concepts/http', hash: newHash },
		{ id: 'languages/python', hash: httpHash },
		{ id: 'databases', hash: httpHash },
	];

	it('counts updated pages as done, and separately as updated', () => {
		const progress = markDone(oneDone, 'languages/python', httpHash, '2026-12-03');
		expect(progressSummary(progress, pages)).toEqual({ done: 2, updated: 1, total: 3 });
	});

	it('counts only the pages listed, each once', () => {
		const progress = markDone(oneDone, 'somewhere/else', httpHash, '2026-12-03');
		expect(progressSummary(progress, [...pages, pages[0]!])).toEqual({ done: 1, updated: 1, total: 3 });
		expect(progressSummary(empty, pages)).toEqual({ done: 0, updated: 0, total: 3 });
	});
});

describe('dayOf and formatDay', () => {
	it('write the reader’s day as YYYY-MM-DD', () => {
		expect(dayOf(new Date(2026, 11, 2, 23, 30))).toBe('2026-12-02');
		expect(dayOf(new Date(2027, 0, 5, 0, 10))).toBe('2027-01-05');
	});

	it('say a stored day in English words, day month year', () => {
		expect(formatDay('2026-12-02')).toBe('2 December 2026');
		expect(formatDay('2027-01-15')).toBe('15 January 2027');
		expect(formatDay('not a day')).toBe('not a day');
	});
});

describe('exportFile', () => {
	it('is pretty JSON naming the format, the site, the version and when it was exported', () => {
		const text = exportFile(oneDone, new Date('2026-12-02T10:00:00Z'));
		expect(JSON.parse(text)).toEqual({
			format: 'backend-atlas-progress',
			site: 'Backend Atlas',
			version: 1,
			exported: '2026-12-02T10:00:00.000Z',
			pages: oneDone.pages,
		});
		expect(text).toContain('\n  "site": "Backend Atlas",\n');
	});

	it('round-trips through parseImport with the same pages', () => {
		const progress = markDone(oneDone, 'databases', newHash, '2026-11-30');
		const result = parseImport(exportFile(progress, new Date()), known);
		expect(result).toEqual({ ok: true, progress, left: [] });
	});
});

describe('parseImport', () => {
	it('leaves out, and lists, well-formed pages that are not on this site', () => {
		const pages = { ...oneDone.pages, 'old/page': { hash: httpHash, at: '2026-01-01' }, 'other/one': { hash: httpHash, at: '2026-01-02' } };
		expect(parseImport(file({ pages }), known)).toEqual({ ok: true, progress: oneDone, left: ['old/page', 'other/one'] });
	});

	it('accepts an export with no pages', () => {
		expect(parseImport(file({}), known)).toEqual({ ok: true, progress: empty, left: [] });
	});

	it('refuses a file that is not JSON', () => {
		expect(refusal('this is not json')).toMatch(/not valid JSON/);
		expect(refusal('')).toMatch(/not valid JSON/);
	});

	it('refuses a foreign JSON file, telling the reader to use an export', () => {
		for (const text of ['{"format":"other"}', '[]', '"text"', 'null', file({ site: 'Another Site' }), file({ format: undefined })]) {
			expect(refusal(text), text).toBe(
				'This file is not a progress export from Backend Atlas: choose a file saved with "Export progress".',
			);
		}
	});

	it('refuses a version that is not a positive whole number', () => {
		for (const version of [0, -1, 1.5, '1', null, undefined]) {
			expect(refusal(file({ version })), String(version)).toMatch(/no valid version number/);
		}
	});

	it('refuses a file made by a newer version, naming both versions', () => {
		const message = refusal(file({ version: 99 }));
		expect(message).toMatch(/newer version of Backend Atlas \(version 99\)/);
		expect(message).toMatch(/reads version 1/);
	});

	it('refuses a file whose pages are not a list of entries', () => {
		for (const pages of [null, [], 'concepts/http', undefined]) {
			expect(refusal(file({ pages })), String(pages)).toMatch(/no list of pages/);
		}
	});

	it('refuses an entry whose name is not a page name, naming it', () => {
		const message = refusal(file({ pages: { 'Concepts/HTTP': { hash: httpHash, at: '2026-12-02' } } }));
		expect(message).toMatch(/The entry "Concepts\/HTTP" in this file is not a page name/);
	});

	it('refuses an entry with a malformed hash or day, naming the entry and the field', () => {
		const entry = (mark: unknown) => refusal(file({ pages: { 'concepts/http': mark } }));
		expect(entry({ hash: 'ABCDEF012345', at: '2026-12-02' })).toMatch(/"concepts\/http" .* damaged: its "hash"/);
		expect(entry({ hash: '0123', at: '2026-12-02' })).toMatch(/its "hash" should be 12 characters/);
		expect(entry({ hash: httpHash, at: '2 December 2026' })).toMatch(/"concepts\/http" .* damaged: its "at" should be a date/);
		expect(entry({ hash: httpHash, at: '2026-02-30' })).toMatch(/its "at" should be a date/);
		expect(entry({ hash: httpHash })).toMatch(/its "at"/);
		expect(entry('done')).toMatch(/"concepts\/http" .* should hold a "hash" and an "at" date/);
	});

	it('refuses the whole file when one entry is damaged, even one not on this site', () => {
		const pages = { ...oneDone.pages, 'old/page': { hash: 'nope', at: '2026-12-02' } };
		expect(refusal(file({ pages }))).toMatch(/The entry "old\/page"/);
	});
});

describe('self-check scores', () => {
	const scored = recordScore(oneDone, 'concepts/http', { right: 3, total: 4, at: '2026-12-02' });

	it('are kept beside the done pages, and marking a page keeps them', () => {
		expect(scoreOf(scored, 'concepts/http')).toEqual({ right: 3, total: 4, at: '2026-12-02' });
		expect(scoreOf(markNotDone(scored, 'concepts/http'), 'concepts/http')?.right).toBe(3);
		expect(scoreOf(scored, 'languages/python')).toBeUndefined();
	});

	it('survive storage, export and import; a damaged stored score is skipped', () => {
		expect(scoreOf(readProgress(JSON.stringify(scored)), 'concepts/http')?.total).toBe(4);
		const damaged = { ...scored, checks: { 'concepts/http': { right: 9, total: 4, at: '2026-12-02' } } };
		expect(scoreOf(readProgress(JSON.stringify(damaged)), 'concepts/http')).toBeUndefined();
		const imported = parseImport(exportFile(scored, new Date('2026-12-02T10:00:00Z')), known);
		expect(imported.ok && scoreOf(imported.progress, 'concepts/http')).toEqual({ right: 3, total: 4, at: '2026-12-02' });
	});

	it('refuse a file with a damaged score, naming it, and list scores of pages not on this site', () => {
		expect(refusal(file({ checks: { 'concepts/http': { right: 5, total: 4, at: '2026-12-02' } } }))).toBe(
			'The self-check score "concepts/http" in this file is damaged: its "right" should be a whole number from 0 to "total".',
		);
		const result = parseImport(file({ checks: { 'concepts/gone': { right: 1, total: 3, at: '2026-12-01' } } }), known);
		expect(result.ok && result.left).toEqual(['concepts/gone']);
	});
});

describe('a summary that knows only the ids (the home page)', () => {
	it('counts a marked page as done and never as updated', () => {
		expect(
			progressSummary(oneDone, [
				{ id: 'concepts/http', hash: '' },
				{ id: 'databases', hash: '' },
			]),
		).toEqual({ done: 1, updated: 0, total: 2 });
	});
});
