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
	styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};
