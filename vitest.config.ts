import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The accessibility sweep is the longest file by far; started first, it runs while the other
 * files share the remaining workers, instead of starting last and adding its whole time.
 */
class SweepFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const isSweep = (file: TestSpecification) => file.moduleId.endsWith('site-sweep.test.ts');
		return [...sorted.filter(isSweep), ...sorted.filter((file) => !isSweep(file))];
	}
}

/**
 * Three tiers (see CONTRIBUTING.md): `unit` needs nothing built; `site` reads the builds in
 * dist/, dist-repeat/ and dist-subpath/ and serves them; `e2e` also drives headless Chromium.
 * `npm test` lints and type-checks, runs `unit` while it builds, then runs `site` and `e2e`.
 */
export default defineConfig({
	test: {
		// Most tests wait on the browser, a server or a child build rather than the CPU, so three
		// files run at once even on two cores (the default would run one at a time there).
		maxWorkers: 3,
		sequence: { sequencer: SweepFirst },
		projects: [
			// Pure tests share their workers' modules (no per-file isolation): about 10 s less on two cores.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, isolate: false } },
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/build/**/*.test.ts'],
					globalSetup: ['tests/setup/serve-builds.ts'],
					testTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/setup/serve-builds.ts', 'tests/setup/browser.ts'],
					// A page in a busy 2-core browser can take seconds; tests wait for a state, never a fixed time.
					testTimeout: 120_000,
					expect: { poll: { timeout: 30_000, interval: 100 } },
					// Pages swept at once in the shared browser (describe.concurrent).
					maxConcurrency: 3,
				},
			},
		],
	},
});
