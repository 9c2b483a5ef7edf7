/* Generated: /llms.txt, an index of the guide for readers who study with an AI assistant (src/lib/llms-txt.ts). */
import type { APIRoute } from 'astro';
import { llmsIndex } from '../lib/llms-txt';
import { llmsSite } from '../lib/llms-site';
import { whatsNewTitle } from '../lib/whats-new';
import { loadGroups, loadLlmsPages } from '../queries/collection';

export const GET: APIRoute = async ({ site }) => {
	const pages = await loadLlmsPages();
	const generated = [
		{ id: 'learning-path', title: 'Your learning path', description: 'Every page in reading order, with a branch for each stack.' },
		{ id: 'whats-new', title: whatsNewTitle, description: 'The pages added and the pages reviewed again, newest first.' },
		{ id: 'compare', title: 'Compare', description: 'Every comparison table and head-to-head page.' },
		...(await loadGroups()).map((group) => ({
			id: `compare/${group.slug}`,
			title: `${group.title} compared`,
			description: `Every ${group.noun} in the guide in one table, each fact linked to its source.`,
		})),
	];
	return new Response(llmsIndex(llmsSite(site), { ...pages, generated }), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
