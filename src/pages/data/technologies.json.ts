/* Generated: /data/technologies.json, every technology's facts and sources. Do not edit by hand. */
import type { APIRoute } from 'astro';
import { buildExport } from '../../lib/export-data';
import { pageHref } from '../../lib/page-href';
import { loadTechnologies } from '../../queries/collection';

export const GET: APIRoute = async ({ site }) => {
	const data = buildExport(await loadTechnologies(), (id) => {
		const path = pageHref(import.meta.env.BASE_URL, id);
		return site ? new URL(path, site).href : path;
	});
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'content-type': 'application/json' } });
};
