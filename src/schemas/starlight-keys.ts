import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * Front-matter keys that Starlight's own schema validates (title, sidebar, template, …), so the
 * guide's own validation (src/lib/validate-page.ts) checks only the keys it owns. Starlight's
 * schema is a function of Astro's schema context; only `image` is needed to list its keys.
 */
export const starlightKeys: ReadonlySet<string> = new Set(
	Object.keys((docsSchema()({ image: () => z.any() } as never) as unknown as { shape: Record<string, unknown> }).shape),
);
