/**
 * Types of the JavaScript and TypeScript blocks on the pages, checked by the TypeScript
 * compiler against the real packages in node_modules. A page's blocks are checked together in
 * a virtual folder, so one block can import another ("./menu.controller"). The samples in
 * samples/ are real files with their own tsconfig.json; samples.ts runs tsc on those.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { canonicalLanguage, sampleFileName, type CodeBlock, type Problem } from './code-blocks';
import { projectRoot } from './content-pages';

/** Samples that are parsed but not type-checked, by page and first line, with the reason. */
const typeCheckExemptions: readonly { file: string; startsWith: string; reason: string }[] = [
	{
		file: 'content/docs/databases/mongodb.mdx',
		startsWith: 'db.orders.',
		reason: 'a mongosh script: `db` exists only inside the MongoDB shell, so there is nothing honest to type it against',
	},
];

export function isTypeCheckExempt(block: CodeBlock): boolean {
	return typeCheckExemptions.some((exemption) => exemption.file === block.file && block.code.trimStart().startsWith(exemption.startsWith));
}

const virtualRoot = join(projectRoot, '.code-samples');

/** Where a sample lives in the virtual project: its page's folder plus the file name it gives itself. */
function virtualPath(block: CodeBlock): string {
	const language = canonicalLanguage(block.lang);
	const named = sampleFileName(block.code);
	const fallback = `block-${block.line}.${language === 'typescript' ? 'ts' : 'mjs'}`;
	let name = named && /\.(m|c)?(j|t)sx?$/.test(named) ? named : fallback;
	// CommonJS code in a plain .js file: Node runs it as CommonJS only outside a "type": "module" package.
	if (name.endsWith('.js') && /\brequire\(/.test(block.code) && !/^\s*import\s/m.test(block.code)) name = name.replace(/\.js$/, '.cjs');
	return join(virtualRoot, block.file.replace(/\.mdx?$/, ''), name);
}

const baseOptions: ts.CompilerOptions = {
	noEmit: true,
	strict: true,
	target: ts.ScriptTarget.ES2023,
	lib: ['lib.es2023.d.ts'],
	module: ts.ModuleKind.Preserve,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	moduleDetection: ts.ModuleDetectionKind.Force,
	types: ['node'],
	skipLibCheck: true,
	experimentalDecorators: true,
	emitDecoratorMetadata: true,
	allowJs: true,
	checkJs: true,
};

/**
 * Type-checks samples together, so a page's samples can import one another ("./menu.controller").
 * Returns the problems of each block, by line within the block.
 */
export function typeCheck(blocks: readonly CodeBlock[], language: 'javascript' | 'typescript'): Map<CodeBlock, Problem[]> {
	const files = new Map(blocks.map((block) => [virtualPath(block), block]));
	const options: ts.CompilerOptions = language === 'javascript' ? { ...baseOptions, noImplicitAny: false } : baseOptions;
	const host = ts.createCompilerHost(options, true);
	const { fileExists, readFile, getSourceFile, directoryExists } = host;
	host.fileExists = (path) => files.has(path) || fileExists.call(host, path);
	host.readFile = (path) => files.get(path)?.code ?? readFile.call(host, path);
	host.directoryExists = (path) => path.startsWith(virtualRoot) || (directoryExists?.call(host, path) ?? true);
	host.getSourceFile = (path, target, ...rest) => {
		const block = files.get(path);
		return block ? ts.createSourceFile(path, block.code, target, true) : getSourceFile.call(host, path, target, ...rest);
	};
	const program = ts.createProgram([...files.keys()], options, host);
	const results = new Map<CodeBlock, Problem[]>(blocks.map((block) => [block, []]));
	for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
		const block = diagnostic.file && files.get(diagnostic.file.fileName);
		const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
		if (!block || !diagnostic.file) {
			// A problem outside the samples (options, a missing type package) concerns them all.
			for (const list of results.values()) list.push({ line: 1, column: 1, message: `TS${diagnostic.code}: ${message}` });
			continue;
		}
		const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
		results.get(block)?.push({ line: line + 1, column: character + 1, message: `TS${diagnostic.code}: ${message}` });
	}
	return results;
}
