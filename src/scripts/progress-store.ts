/**
 * The reader's progress on the learning path: which pages they marked as done, kept in their own
 * browser (localStorage, under one versioned key) and nowhere else. Plain functions on plain
 * data, with no DOM, so every rule is unit-tested; progress-ui.ts draws and stores what these return.
 */

export const progressKey = 'backend-atlas:progress:v1';
export const progressVersion = 1;
export const siteName = 'Backend Atlas';
/** The `format` field of an export file, so a foreign JSON file is recognised as such. */
const exportFormat = 'backend-atlas-progress';

/** One page marked as done: the page's content hash at that time and the day it was marked. */
interface PageMark {
	/** 12 lowercase hex characters (src/lib/content-hash.ts). */
	hash: string;
	/** YYYY-MM-DD. */
	at: string;
}

/** The reader's last go at a page's self-check questions: how many they got right first time, of how many, and when. */
export interface CheckScore {
	right: number;
	total: number;
	/** YYYY-MM-DD. */
	at: string;
}

export interface Progress {
	version: 1;
	pages: Record<string, PageMark>;
	/** Self-check scores by page id (absent in files saved before the self-checks existed). */
	checks?: Record<string, CheckScore>;
}

type PageState = 'not-done' | 'done' | 'updated';

type ImportResult = { ok: true; progress: Progress; left: string[] } | { ok: false; message: string };

const pageIdPattern = /^[a-z0-9][a-z0-9/-]*$/;
const hashPattern = /^[0-9a-f]{12}$/;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPageId = (id: string) => pageIdPattern.test(id);

/** The day's year, month and date if `day` is a real calendar day written YYYY-MM-DD. */
function dayParts(day: unknown): [number, number, number] | undefined {
	const match = typeof day === 'string' ? dayPattern.exec(day) : null;
	if (!match) return undefined;
	const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, date));
	const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
	return real ? [year, month, date] : undefined;
}

/** What is wrong with one stored entry, worded for a reader, or undefined if it is sound. */
function entryProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'it should hold a "hash" and an "at" date';
	if (typeof value['hash'] !== 'string' || !hashPattern.test(value['hash'])) return 'its "hash" should be 12 characters from 0–9 and a–f';
	if (!dayParts(value['at'])) return 'its "at" should be a date written like 2026-12-02';
	return undefined;
}

/** What is wrong with one stored self-check score, worded for a reader, or undefined if it is sound. */
function scoreProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'it should hold "right", "total" and an "at" date';
	const { right, total } = value;
	if (typeof total !== 'number' || !Number.isInteger(total) || total < 1 || total > 20)
		return 'its "total" should be a whole number of questions';
	if (typeof right !== 'number' || !Number.isInteger(right) || right < 0 || right > total)
		return 'its "right" should be a whole number from 0 to "total"';
	if (!dayParts(value['at'])) return 'its "at" should be a date written like 2026-12-02';
	return undefined;
}

/** The sound self-check scores of `value` whose ids pass `keep` (an absent or foreign value gives none). */
function soundScores(value: unknown, keep: (id: string) => boolean = () => true): Record<string, CheckScore> {
	if (!isRecord(value)) return {};
	const scores: Record<string, CheckScore> = {};
	for (const [id, score] of Object.entries(value)) {
		if (isPageId(id) && keep(id) && !scoreProblem(score)) {
			const { right, total, at } = score as CheckScore;
			scores[id] = { right, total, at };
		}
	}
	return scores;
}

const emptyProgress = (): Progress => ({ version: progressVersion, pages: {} });

/** `{ checks }` when there are any scores, so progress without scores keeps its first shape. */
const withScores = (checks: Record<string, CheckScore>) => (Object.keys(checks).length ? { checks } : {});

/**
 * The progress kept in storage. Missing, unreadable or foreign storage reads as no progress
 * (never an error: the reader can do nothing about it); a damaged entry is skipped, the rest kept.
 */
export function readProgress(raw: string | null): Progress {
	if (raw === null) return emptyProgress();
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return emptyProgress();
	}
	if (!isRecord(data) || data['version'] !== progressVersion || !isRecord(data['pages'])) return emptyProgress();
	const pages: Record<string, PageMark> = {};
	for (const [id, value] of Object.entries(data['pages'])) {
		if (isPageId(id) && !entryProblem(value)) {
			const mark = value as PageMark;
			pages[id] = { hash: mark.hash, at: mark.at };
		}
	}
	return { version: progressVersion, pages, ...withScores(soundScores(data['checks'])) };
}

/** `progress` with the reader's self-check score for page `id`. */
export function recordScore(progress: Progress, id: string, score: CheckScore): Progress {
	return { ...progress, checks: { ...progress.checks, [id]: score } };
}

/** The reader's last self-check score on page `id`, if any. */
export function scoreOf(progress: Progress, id: string): CheckScore | undefined {
	return progress.checks && Object.hasOwn(progress.checks, id) ? progress.checks[id] : undefined;
}

/** `progress` with page `id` marked as done on `day` (YYYY-MM-DD) at content hash `hash`. */
export function markDone(progress: Progress, id: string, hash: string, day: string): Progress {
	return { ...progress, pages: { ...progress.pages, [id]: { hash, at: day } } };
}

/** `progress` without page `id`. */
export function markNotDone(progress: Progress, id: string): Progress {
	const pages = Object.fromEntries(Object.entries(progress.pages).filter(([other]) => other !== id));
	return { ...progress, pages };
}

/** The stored mark of page `id`, if any (own entries only: "constructor" is a valid page id). */
export function markOf(progress: Progress, id: string): PageMark | undefined {
	return Object.hasOwn(progress.pages, id) ? progress.pages[id] : undefined;
}

/** Not done; done; or done but the page has changed since ("updated": the hashes differ). */
export function pageState(progress: Progress, id: string, hash: string): PageState {
	const mark = markOf(progress, id);
	if (!mark) return 'not-done';
	return mark.hash === hash ? 'done' : 'updated';
}

/** How many of `pages` are done (updated ones included) and how many of those were updated since. */
export function progressSummary(
	progress: Progress,
	pages: ReadonlyArray<{ id: string; hash: string }>,
): { done: number; updated: number; total: number } {
	const seen = new Set<string>();
	let done = 0;
	let updated = 0;
	for (const { id, hash } of pages) {
		if (seen.has(id)) continue;
		seen.add(id);
		const state = pageState(progress, id, hash);
		if (state !== 'not-done') done += 1;
		// An empty hash means the caller did not know the page's hash: it cannot tell "updated".
		if (state === 'updated' && hash !== '') updated += 1;
	}
	return { done, updated, total: seen.size };
}

/** The reader's local day of `date` as YYYY-MM-DD (the day they see on their calendar). */
export function dayOf(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stored day in words: "2026-12-02" → "2 December 2026" (the text as given if it is not a day). */
export function formatDay(day: string): string {
	const parts = dayParts(day);
	if (!parts) return day;
	const [year, month, date] = parts;
	return `${date} ${months[month - 1]} ${year}`;
}

/** The export file's text: pretty JSON naming the site and format, pages sorted by id. */
export function exportFile(progress: Progress, now: Date): string {
	const sorted = <T>(record: Record<string, T>) =>
		Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	const pages = sorted(progress.pages);
	const checks = sorted(progress.checks ?? {});
	const file = {
		format: exportFormat,
		site: siteName,
		version: progressVersion,
		exported: now.toISOString(),
		pages,
		...withScores(checks),
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

const refuse = (message: string): ImportResult => ({ ok: false, message });

/**
 * Reads an export file. A file that is not one, or is damaged anywhere, is refused as a whole
 * with one sentence saying why. Pages that are well formed but not on this site are left out of
 * the result and listed in `left`, so the reader can be told.
 */
export function parseImport(text: string, knownIds: ReadonlySet<string>): ImportResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('This file is not a progress export: it is not valid JSON, so it may be damaged or be another kind of file.');
	}
	if (!isRecord(data) || data['format'] !== exportFormat || data['site'] !== siteName) {
		return refuse(`This file is not a progress export from ${siteName}: choose a file saved with "Export progress".`);
	}
	const version = data['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse('This progress file has no valid version number, so it cannot be read.');
	}
	if (version > progressVersion) {
		return refuse(
			`This file was made by a newer version of ${siteName} (version ${version}); this copy of the site reads version ${progressVersion} — reload the page to get the newer site, then import the file again.`,
		);
	}
	const pages = data['pages'];
	if (!isRecord(pages)) return refuse('This progress file has no list of pages, so there is nothing to import.');
	const kept: Record<string, PageMark> = {};
	const left: string[] = [];
	for (const [id, value] of Object.entries(pages)) {
		if (!isPageId(id)) {
			return refuse(
				`The entry ${JSON.stringify(id)} in this file is not a page name: page names use lowercase letters, digits, "-" and "/".`,
			);
		}
		const problem = entryProblem(value);
		if (problem) return refuse(`The entry "${id}" in this file is damaged: ${problem}.`);
		const mark = value as PageMark;
		if (knownIds.has(id)) kept[id] = { hash: mark.hash, at: mark.at };
		else left.push(id);
	}
	const checks = data['checks'];
	if (checks !== undefined && !isRecord(checks)) return refuse('The self-check scores in this file are damaged, so it cannot be read.');
	for (const [id, score] of Object.entries(checks ?? {})) {
		const problem = isPageId(id) ? scoreProblem(score) : 'its name is not a page name';
		if (problem) return refuse(`The self-check score "${id}" in this file is damaged: ${problem}.`);
		if (!knownIds.has(id) && !left.includes(id)) left.push(id);
	}
	return {
		ok: true,
		progress: { version: progressVersion, pages: kept, ...withScores(soundScores(checks, (id) => knownIds.has(id))) },
		left,
	};
}
