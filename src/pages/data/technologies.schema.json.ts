/* Generated: the JSON Schema of /data/technologies.json, from src/schemas/export.ts. Do not edit by hand. */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../schemas/export';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(exportJsonSchema(), null, '\t')}\n`, { headers: { 'content-type': 'application/schema+json' } });
