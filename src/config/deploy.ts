/**
 * Where the site is hosted, read from the environment so one build config serves any host.
 * SITE_URL: the origin, e.g. https://example.org (used for canonical links and the sitemap).
 * BASE_PATH: the sub-path, e.g. /backend-atlas/ (root when unset).
 * ATLAS_REPO_URL: a repository URL; when set, pages get an "Edit page" link.
 */
const env = process.env;

export const siteUrl = checkSiteUrl(env['SITE_URL']);

/** SITE_URL must be a whole http(s) origin; anything else stops the build naming the variable. */
function checkSiteUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	if (!/^https?:\/\/[^/\s]+/.test(value) || !URL.canParse(value)) {
		throw new Error(`SITE_URL: expected the site's full address, such as https://guide.example.org, got "${value}"`);
	}
	return value;
}

export const basePath = normaliseBase(env['BASE_PATH']);

const repoUrl = env['ATLAS_REPO_URL']?.replace(/\/+$/, '');

export const editBaseUrl = repoUrl ? `${repoUrl}/edit/main/` : undefined;

/** Where readers report a wrong fact: the repository's new-issue page, when ATLAS_REPO_URL is set. */
export const newIssueUrl = repoUrl ? `${repoUrl}/issues/new` : undefined;

/** "backend-atlas" or "/backend-atlas" become "/backend-atlas/"; empty becomes "/". */
export function normaliseBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
