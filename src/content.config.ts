import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { atlasDocsLoader } from './loaders/atlas-docs-loader';
import { pageSchema } from './schemas/page';
import { walkthroughStepSchema } from './schemas/walkthrough';
import { contentDir, starlightKeys } from './config/content-dir';

export const collections = {
	docs: defineCollection({
		loader: atlasDocsLoader({ base: contentDir, starlightKeys }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	/** The steps of the "Order Now" walkthrough (see src/schemas/walkthrough.ts). */
	walkthrough: defineCollection({
		loader: file('content/walkthrough/order-now.yaml'),
		schema: walkthroughStepSchema,
	}),
};
