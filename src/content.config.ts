import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { atlasDocsLoader } from './loaders/atlas-docs-loader';
import { pageSchema } from './schemas/page';
import { contentDir, starlightKeys } from './config/content-dir';

export const collections = {
	docs: defineCollection({
		loader: atlasDocsLoader({ base: contentDir, starlightKeys }),
		schema: docsSchema({ extend: pageSchema }),
	}),
};
