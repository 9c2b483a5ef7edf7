// @ts-check
/**
 * Expressive Code's options (the code blocks and the <Code> component). They live here rather
 * than in astro.config.mjs because one of them is a function, which the <Code> component can
 * only read from this file.
 */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

/**
 * Lifts Shiki's time limit per line of code (500 ms by default). Past the limit Shiki stops
 * colouring the rest of the line, so on a busy machine two builds of the same page came out with
 * different colours. Without it every build colours every line the same way; the guide's code
 * blocks are short, so the limit saves nothing.
 */
const deterministicHighlighting = {
	name: 'atlas:no-tokenize-time-limit',
	/** @param {string} _code @param {{ tokenizeTimeLimit?: number }} options */
	preprocess(_code, options) {
		options.tokenizeTimeLimit = 0;
	},
};

/**
 * Keeps code blocks out of the search index: search finds pages by their prose, and a result's
 * excerpt is never a line of code. It also keeps a first search's download small (the index and
 * the result fragments shrink).
 */
const codeNotInSearch = {
	name: 'atlas:code-not-in-search',
	hooks: {
		/** @param {{ renderData: { blockAst: { properties: Record<string, unknown> } } }} context */
		postprocessRenderedBlock({ renderData }) {
			renderData.blockAst.properties['dataPagefindIgnore'] = '';
		},
	},
};

export default defineEcConfig({
	plugins: [codeNotInSearch],
	defaultProps: { wrap: true },
	// Caddyfiles are shown as plain text: Shiki has no grammar for them.
	shiki: { langAlias: { caddyfile: 'txt' }, transformers: [deterministicHighlighting] },
});
