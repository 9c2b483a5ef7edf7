import { describe, expect, it } from 'vitest';
import { baseWithSlash, withBase } from '../../src/lib/with-base';

describe('withBase', () => {
	it('prefixes root-relative links under a sub-path', () => {
		expect(withBase('/languages/python/', '/backend-atlas/')).toBe('/backend-atlas/languages/python/');
		expect(withBase('/glossary/#api', '/backend-atlas/')).toBe('/backend-atlas/glossary/#api');
		expect(withBase('/', '/backend-atlas/')).toBe('/backend-atlas/');
	});
	it('leaves everything else alone', () => {
		expect(withBase('/languages/python/', '/')).toBe('/languages/python/');
		expect(withBase('https://example.org/', '/backend-atlas/')).toBe('https://example.org/');
		expect(withBase('//cdn.example.org/x', '/backend-atlas/')).toBe('//cdn.example.org/x');
		expect(withBase('#top', '/backend-atlas/')).toBe('#top');
		expect(withBase('/backend-atlas/apis/', '/backend-atlas/')).toBe('/backend-atlas/apis/');
	});
});

describe('baseWithSlash', () => {
	it('ends the base path with one slash, whether Astro gives it with one or not', () => {
		expect(baseWithSlash('/backend-atlas')).toBe('/backend-atlas/');
		expect(baseWithSlash('/backend-atlas/')).toBe('/backend-atlas/');
		expect(baseWithSlash('/')).toBe('/');
	});
});
