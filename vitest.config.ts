import { defineConfig } from 'vitest/config';

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
