import { glob, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addedDirectives, headerOnlyDirectives } from '../config/csp-policy';
import { headerPolicy, isHash, parsePolicy, type Directives } from '../lib/csp-directives';
import { completePageCsp } from '../lib/page-csp';

const placeholder = '{{CSP}}';

/**
 * After the build: completes each page's Content-Security-Policy <meta> tag with the hash of
 * every inline script (Starlight's among them), then fills the placeholder in dist/_headers
 * (copied from public/_headers) with one policy for hosts that read that file: every page's
 * directives merged (see mergePolicies) plus what only a header can carry (frame-ancestors).
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'atlas-security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await Array.fromAsync(glob('**/*.html', { cwd: root }))).sort();
				if (files.length === 0) throw new Error(`${root}: no HTML pages, so no policy for _headers`);
				const policies: Directives[] = [];
				for (const file of files) {
					const html = await readFile(join(root, file), 'utf8');
					const page = completePageCsp(html, file, addedDirectives);
					if (page.html !== html) await writeFile(join(root, file), page.html);
					policies.push(page.directives);
				}
				const headersFile = join(root, '_headers');
				const template = await readFile(headersFile, 'utf8');
				if (!template.includes(placeholder))
					throw new Error(`${headersFile}: expected the placeholder ${placeholder} (from public/_headers)`);
				const header = headerPolicy(policies, headerOnlyDirectives);
				await writeFile(headersFile, template.replace(placeholder, header));
				const hashes = [...parsePolicy(header).values()].flat().filter(isHash).length;
				logger.info(
					`Content-Security-Policy of ${files.length} pages completed with their inline-script hashes; _headers merges them (${hashes} hashes)`,
				);
			},
		},
	};
}
