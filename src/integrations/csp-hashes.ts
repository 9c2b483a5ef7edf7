import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addedDirectives } from '../config/csp-policy';
import { metaPolicy, parsePolicy, withInlineScriptHashes } from '../lib/csp';

async function* htmlFiles(folder: string): AsyncGenerator<string> {
	for (const entry of await readdir(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

/**
 * After the build: adds the hash of every inline script (Starlight's among them) to each page's
 * CSP, then writes dist/_headers for hosts that read it, with the same policy as an HTTP header
 * plus what a <meta> tag cannot carry (frame-ancestors) and the other security headers.
 */
export function cspHashes(): AstroIntegration {
	return {
		name: 'atlas-csp-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const hashes = new Set<string>();
				let policy: Map<string, string[]> | undefined;
				let pages = 0;
				for await (const file of htmlFiles(root)) {
					const html = await readFile(file, 'utf8');
					const patched = withInlineScriptHashes(html, file.slice(root.length), addedDirectives);
					const pagePolicy = parsePolicy(metaPolicy(patched) ?? '');
					for (const source of pagePolicy.get('script-src') ?? []) if (source.startsWith("'sha")) hashes.add(source);
					policy ??= pagePolicy;
					if (patched !== html) await writeFile(file, patched);
					pages += 1;
				}
				if (!policy) return;
				const scriptSrc = policy.get('script-src') ?? [];
				policy.set('script-src', [...scriptSrc.filter((value) => !value.startsWith("'sha")), ...[...hashes].sort()]);
				policy.set('frame-ancestors', ["'none'"]);
				const header = [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
				const template = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
				await writeFile(join(root, '_headers'), template.replace('{{CSP}}', header));
				logger.info(`CSP of ${pages} pages completed with their inline script hashes; _headers carries all ${hashes.size}`);
			},
		},
	};
}
