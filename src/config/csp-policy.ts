import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content-Security-Policy of every page (Astro's security.csp). Nothing loads from another
 * origin. Scripts: only the site's own files and hashed inline scripts (no 'unsafe-inline', no
 * 'unsafe-eval'); 'wasm-unsafe-eval' lets Pagefind run its WebAssembly. Inline style
 * attributes (syntax highlighting colours) are allowed; style elements must be hashed.
 */
export const contentSecurityPolicy: CspConfig = {
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"worker-src 'self'",
	] as const satisfies CspConfig['directives'],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
	styleDirective: { resources: ["'self'"] },
};

/**
 * Directives the post-build step (src/integrations/security-headers.ts) adds to every page's policy.
 * Inline style attributes carry Expressive Code's syntax colours. Astro's `styleDirective` can
 * express this with `kind: 'attribute'`, but then warns on every build that `'self'` does not
 * apply to attributes (true, and harmless: an attribute loads nothing), so it is added here.
 */
export const addedDirectives: ReadonlyMap<string, readonly string[]> = new Map([['style-src-attr', ["'unsafe-inline'"]]]);

/**
 * Directives only the HTTP header can carry (browsers ignore them in a <meta> tag): the policy
 * in dist/_headers adds them to the merged policy of the pages. No site may show these pages
 * in a frame.
 */
export const headerOnlyDirectives: ReadonlyMap<string, readonly string[]> = new Map([['frame-ancestors', ["'none'"]]]);
