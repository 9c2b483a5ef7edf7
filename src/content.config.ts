import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { atlasDocsLoader } from './loaders/atlas-docs-loader';
import { pageSchema } from './schemas/page';
import { walkthroughStepSchema } from './schemas/walkthrough';
import { chooserQuestionSchema } from './schemas/stack-chooser';
import { contentDir } from './config/content-dir';
import { starlightKeys } from './schemas/starlight-keys';
import { selfCheckSchema } from './schemas/self-check';

export const collections = {
	docs: defineCollection({
		loader: atlasDocsLoader({ base: contentDir, starlightKeys }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	/** Starlight's interface strings that the guide words its own way (content/i18n/en.json). */
	i18n: defineCollection({ loader: glob({ base: 'content/i18n', pattern: '*.json' }), schema: i18nSchema() }),
	/** Self-check questions, each file beside the page it tests: concepts/http.checks.yaml → "concepts/http". */
	checks: defineCollection({
		loader: glob({
			base: contentDir,
			pattern: '**/*.checks.yaml',
			generateId: ({ entry }) => entry.replace(/\.checks\.yaml$/, '').replace(/(^|\/)index$/, ''),
		}),
		schema: selfCheckSchema,
	}),
	/** The steps of the "Order Now" walkthrough (see src/schemas/walkthrough.ts). */
	walkthrough: defineCollection({
		loader: file('content/walkthrough/order-now.yaml'),
		schema: walkthroughStepSchema,
	}),
	/** The questions of "Choose your first stack", with what each answer counts for (see src/schemas/stack-chooser.ts). */
	stackChooser: defineCollection({
		loader: file('content/stack-chooser.yaml'),
		schema: chooserQuestionSchema,
	}),
};
