import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './content-pages';

export interface FixtureBuild {
	ok: boolean;
	/** Everything the build printed. */
	output: string;
	/** The built site. */
	dist: string;
}

/**
 * Builds the small fixture site (tests/fixtures/site) plus `extra` pages, in a temporary
 * folder with its own cache, so it never touches the main build. The folder is removed when
 * the test that asked for the build finishes.
 */
export function buildFixtureSite(extra: Record<string, string>): Promise<FixtureBuild> {
	const work = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
	onTestFinished(() => rmSync(work, { recursive: true, force: true }));
	const content = join(work, 'content');
	cpSync(join(projectRoot, 'tests', 'fixtures', 'site'), content, { recursive: true });
	for (const [path, text] of Object.entries(extra)) {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	const dist = join(work, 'dist');
	return new Promise((done) => {
		execFile(
			process.execPath,
			[join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist],
			{
				cwd: projectRoot,
				env: {
					...process.env,
					ATLAS_CONTENT_DIR: content,
					ATLAS_CACHE_DIR: join(work, 'cache'),
					ASTRO_TELEMETRY_DISABLED: '1',
					NO_COLOR: '1',
				},
				maxBuffer: 32 * 1024 * 1024,
			},
			(error, stdout, stderr) => done({ ok: !error, output: `${stdout}\n${stderr}`, dist }),
		);
	});
}
