// ESLint: the recommended rules for JavaScript, TypeScript and Astro components. `npm run lint`
// runs it with --max-warnings=0, so a warning fails the build as an error does.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'dist-*/', 'bench-out/', '.astro/', 'scripts/bench/node_modules/', 'samples/*/*/dist/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
