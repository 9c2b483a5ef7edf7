/** Two builds of one commit are identical: `npm test` builds dist/ twice (dist/ and dist-repeat/). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function files(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
		.sort();
}

describe('deterministic builds', () => {
	const first = inject('distDir');
	const second = join(first, '..', 'dist-repeat');

	it.skipIf(!existsSync(second))('give byte-identical output, search index included', () => {
		const a = files(first);
		expect(files(second)).toEqual(a);
		const differing = a.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
		console.log(`deterministic: ${a.length} files compared, ${differing.length} differ`);
		expect(differing).toEqual([]);
	});
});
