import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { basePath } from '../config/deploy';

type Options = Parameters<typeof starlightLinksValidator>[0];

/**
 * starlight-links-validator for pages kept in <root>/content/docs rather than src/content/docs.
 * The plugin finds page ids relative to `<srcDir>/content/docs`; it is handed a config whose
 * srcDir is the folder above `content/`, so its ids match the site's routes. Everything else
 * (the Markdown processor, base, outDir) is the real config.
 */
export function linksValidator(contentDir: string, options: Options): StarlightPlugin {
	const docs = resolve(contentDir);
	if (!docs.endsWith(`${'content'}/docs`)) throw new Error(`linksValidator: expected a content/docs folder, got ${docs}`);
	const exclude = Array.isArray(options?.exclude) ? [...options.exclude, ...walkthroughStepLinks(docs)] : options?.exclude;
	const plugin = starlightLinksValidator({ ...options, exclude });
	const srcDir = pathToFileURL(`${resolve(docs, '..', '..')}/`);
	const setup = plugin.hooks['config:setup'];
	return {
		...plugin,
		hooks: {
			...plugin.hooks,
			'config:setup': (context) => setup?.({ ...context, astroConfig: { ...context.astroConfig, srcDir } }),
		},
	};
}

/**
 * The walkthrough component gives each step an anchor of its own (/start-here/order-now/#step-bill),
 * which concept pages link to. The plugin reads only Markdown headings and cannot see those ids, so
 * the links to real steps are excluded by their exact address: a link to a step that does not exist
 * still fails, and the content test checks the same links against the walkthrough's steps.
 */
function walkthroughStepLinks(docs: string): string[] {
	const steps = readFileSync(resolve(docs, '..', 'walkthrough', 'order-now.yaml'), 'utf8');
	const ids = [...steps.matchAll(/^- id: ([a-z][a-z0-9-]*)\s*$/gm)].map(([, id]) => id);
	if (ids.length === 0) throw new Error('linksValidator: found no step ids in content/walkthrough/order-now.yaml');
	// Links reach the plugin with the base path already added (see src/plugins/base-links.ts).
	const base = basePath.replace(/\/$/, '');
	return ids.map((id) => `${base}/start-here/order-now/#step-${id}`);
}
