import { kindRegistry, type KindRegistry } from '../kinds/registry';
import type { ContentIssue } from './content-errors';

/** What two pages must not share, and where a page must live. */
export interface PageIdentity {
	id: string;
	/** The file, as the writer knows it ("content/docs/languages/go.mdx"). */
	file: string;
	kind: string;
	title: string;
	aliases?: readonly string[] | undefined;
}

const key = (name: string) => name.trim().toLowerCase();

/**
 * Problems that only show across pages: a title another page also has (reported on both), an
 * alias that is another page's title or alias (reported where the alias is written), and a
 * technology page outside its kind's folder.
 */
export function pageConflicts(pages: readonly PageIdentity[], registry: KindRegistry = kindRegistry): Map<string, ContentIssue[]> {
	const problems = new Map<string, ContentIssue[]>();
	const report = (page: PageIdentity, issue: ContentIssue) => problems.set(page.file, [...(problems.get(page.file) ?? []), issue]);
	const uses = new Map<string, Array<{ page: PageIdentity; as: 'title' | 'alias'; field: string; name: string }>>();
	const use = (page: PageIdentity, as: 'title' | 'alias', field: string, name: string) =>
		uses.set(key(name), [...(uses.get(key(name)) ?? []), { page, as, field, name }]);
	for (const page of pages) {
		use(page, 'title', 'title', page.title);
		(page.aliases ?? []).forEach((alias, index) => {
			if (key(alias) !== key(page.title)) use(page, 'alias', `aliases.${index}`, alias);
		});
		const folder = { ...registry.prose, ...registry.technology }[page.kind]?.folder;
		if (folder && !page.id.startsWith(`${folder}/`)) {
			const here = page.id.split('/').slice(0, -1).join('/');
			report(page, {
				field: 'kind',
				expected: `a ${page.kind} page belongs in ${folder}/, got one in ${here ? `${here}/` : 'the top folder'}`,
			});
		}
	}
	for (const users of uses.values()) {
		const pagesUsing = new Set(users.map((user) => user.page));
		if (pagesUsing.size < 2) continue;
		const titlesOnly = users.every((user) => user.as === 'title');
		for (const user of users) {
			if (!titlesOnly && user.as === 'title') continue; // a title is kept; the alias that copies it is the mistake
			const others = users.filter((other) => other.page !== user.page).map((other) => `the ${other.as} of ${other.page.file}`);
			const what = user.as === 'title' ? 'a title no other page has' : 'a name no other page uses';
			report(user.page, { field: user.field, expected: `expected ${what}, got "${user.name}" (also ${[...new Set(others)].join(', ')})` });
		}
	}
	return problems;
}
