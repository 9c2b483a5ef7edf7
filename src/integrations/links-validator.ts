import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';

type Options = Parameters<typeof starlightLinksValidator>[0];

/**
 * starlight-links-validator for pages kept in <root>/content/docs rather than src/content/docs.
 * The plugin finds page ids relative to `<srcDir>/content/docs`; it is handed a config whose
 * srcDir is the folder above `content/`, so its ids match the site's routes. Everything else
 * (the Markdown processor, base, outDir) is the real config.
 */
export function linksValidator(contentDir: string, options: Options): StarlightPlugin {
	const plugin = starlightLinksValidator(options);
	const docs = resolve(contentDir);
	if (!docs.endsWith(`${'content'}/docs`)) throw new Error(`linksValidator: expected a content/docs folder, got ${docs}`);
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
