/**
 * Where the site is hosted, read from the environment so one build config serves any host.
 * SITE_URL: the origin, e.g. https://example.org (used for canonical links and the sitemap).
 * BASE_PATH: the sub-path, e.g. /backend-atlas/ (root when unset).
 * ATLAS_REPO_URL: a repository URL; when set, pages get an "Edit page" link.
 */
const env = process.env;

export const siteUrl = env['SITE_URL'] || undefined;

export const basePath = normaliseBase(env['BASE_PATH']);

export const editBaseUrl = env['ATLAS_REPO_URL'] ? `${env['ATLAS_REPO_URL'].replace(/\/+$/, '')}/edit/main/` : undefined;

/** "backend-atlas" or "/backend-atlas" become "/backend-atlas/"; empty becomes "/". */
export function normaliseBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
