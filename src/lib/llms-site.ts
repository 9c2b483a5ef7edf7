import { siteDescription, siteTitle } from '../config/site';
import type { LlmsSite } from './llms-txt';
import { baseWithSlash } from './with-base';

/**
 * The guide as llms.txt names it. Links are whole URLs when SITE_URL gives the site's address
 * (`site`), as the llms.txt proposal expects; without it they are paths under the base path.
 */
export function llmsSite(site: URL | undefined): LlmsSite {
	const base = baseWithSlash(import.meta.env.BASE_URL);
	return {
		title: siteTitle,
		description: siteDescription,
		root: site ? new URL(base, site).href : base,
	};
}
