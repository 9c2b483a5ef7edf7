/**
 * The self-check questions beside the pages (content/docs/**\/*.checks.yaml): every concept,
 * language and framework page has 3 to 5, each valid against the schema (one right choice, an
 * explanation for every choice), and no file tests a page that does not exist.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkedKinds, selfCheckSchema } from '../../src/schemas/self-check';
import { loadPages, projectRoot } from '../helpers/content-pages';
import { placeholderPattern } from '../helpers/prose-stats';

const docs = join(projectRoot, 'content', 'docs');
const files = globSync('**/*.checks.yaml', { cwd: docs }).sort();
const pages = loadPages();
const idOf = (file: string) => file.replace(/\.checks\.yaml$/, '').replace(/\/index$/, '');

describe('self-check coverage', () => {
	it('has a file for every concept, language and framework page, and none for a missing page', () => {
		const ids = new Set(files.map(idOf));
		const needed = pages.filter((page) => checkedKinds.includes(String(page.frontmatter['kind']))).map((page) => page.id);
		expect(needed.length).toBeGreaterThan(30);
		expect(needed.filter((id) => !ids.has(id))).toEqual([]);
		expect([...ids].filter((id) => !pages.some((page) => page.id === id))).toEqual([]);
	});
});

describe.each(files.map((file) => [file] as const))('%s', (file) => {
	const data: unknown = parseYaml(readFileSync(join(docs, file), 'utf8'));

	it('matches the schema: 3 to 5 questions, 3 or 4 choices, one right, every choice explained', () => {
		const result = selfCheckSchema.safeParse(data);
		expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
	});

	it('has no placeholder text and no explanation that only says right or wrong', () => {
		const parsed = selfCheckSchema.safeParse(data);
		if (!parsed.success) return expect.unreachable('the schema test above reports why');
		for (const question of parsed.data.questions) {
			expect(question.question).not.toMatch(placeholderPattern);
			for (const choice of question.choices) {
				expect(choice.explanation, choice.text).not.toMatch(placeholderPattern);
				expect(choice.explanation, choice.text).not.toMatch(/^(correct|wrong|incorrect|right|no|yes)[.!]?$/i);
			}
		}
	});
});
