import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * Where the pages live. ATLAS_CONTENT_DIR points a build at another folder, which the
 * benchmark (synthetic pages) and the tests (fixture pages) use.
 */
export const contentDir = process.env['ATLAS_CONTENT_DIR'] ?? './content/docs';

/** Front-matter keys that Starlight's own schema validates. */
export const starlightKeys: ReadonlySet<string> = new Set(
	Object.keys((docsSchema()({ image: () => z.any() } as never) as unknown as { shape: Record<string, unknown> }).shape),
);
