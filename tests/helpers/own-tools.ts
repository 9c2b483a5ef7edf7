/**
 * The languages' own compilers and interpreters, used when this machine has them (npm cannot
 * install them), so a machine with more toolchains checks more. Each reads the code without
 * running it and returns the problems it reports, by line (1-based).
 */
import { spawnSync } from 'node:child_process';
import { devNull } from 'node:os';
import { basename, dirname } from 'node:path';
import type { Problem } from './code-blocks';

const found = new Map<string, boolean>();
/** Whether a command runs here: `which` would find it, and it starts (asked once per command). */
function has(command: string, args: string[]): boolean {
	let answer = found.get(command);
	if (answer === undefined) {
		answer = spawnSync(command, args, { stdio: 'ignore' }).status === 0;
		found.set(command, answer);
	}
	return answer;
}

/** The failure of a tool whose output named no line: the whole output at line 1. */
const atFirstLine = (tool: string, output: string): Problem[] => [{ line: 1, column: 1, message: `${tool}: ${output.trim() || 'failed'}` }];

const pythonCompile =
	'import sys\ntry:\n compile(sys.stdin.read(), sys.argv[1], "exec")\nexcept SyntaxError as e:\n print(f"{e.lineno}:{e.offset}:{e.msg}")';

/** Python source compiled by CPython's own compile(): syntax only, nothing runs and no .pyc is written. */
function python3Problems(code: string, name = '<block>'): Problem[] {
	const result = spawnSync('python3', ['-c', pythonCompile, name], { input: code, encoding: 'utf8' });
	if (result.status !== 0) return atFirstLine('python3', result.stderr);
	const [line, column, ...message] = result.stdout.trim().split(':');
	return result.stdout.trim() ? [{ line: Number(line), column: Number(column), message: `python3: ${message.join(':')}` }] : [];
}

/** Extra checks of the pages' code blocks with a language's own tool. */
export const ownTools: Readonly<Record<string, { tool: string; available: boolean; check(code: string): Problem[] }>> = {
	python: {
		tool: 'python3: compile() of the block (the CPython parser)',
		available: has('python3', ['-c', 'pass']),
		check: (code) => python3Problems(code),
	},
	bash: {
		tool: 'bash -n (bash reads the block without running it)',
		available: has('bash', ['-c', 'true']),
		check(code) {
			const result = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
			const match = /line (\d+): (.*)/.exec(result.stderr);
			return result.status === 0
				? []
				: [{ line: Number(match?.[1] ?? 1), column: 1, message: `bash: ${match?.[2] ?? result.stderr.trim()}` }];
		},
	},
};

/** A compiler for whole sample files: checks one file (by its absolute path), returning its problems. */
export interface FileCompiler {
	/** The command, as `which` would look for it. */
	command: string;
	tool: string;
	available: boolean;
	check(file: string, code: string): Problem[];
}

/** Problems from "<file>:<line>:<column>: message" lines that name `file`. */
function linesNaming(file: string, output: string, tool: string): Problem[] {
	const pattern = new RegExp(`${basename(file).replace(/\W/g, '\\$&')}:(\\d+)(?::(\\d+))?:\\s*(.*)`, 'g');
	return [...output.matchAll(pattern)].map((match) => ({
		line: Number(match[1]),
		column: Number(match[2] ?? 1),
		message: `${tool}: ${match[3]}`,
	}));
}

/** The compiler of each language of the samples, when installed. */
export const fileCompilers: Readonly<Record<'python' | 'go' | 'php' | 'ruby', FileCompiler>> = {
	python: {
		command: 'python3',
		tool: 'python3: compile() (the CPython compiler; nothing runs)',
		available: has('python3', ['-c', 'pass']),
		check: (file, code) => python3Problems(code, file),
	},
	go: {
		command: 'go',
		tool: 'go build (the Go compiler, the whole package)',
		available: has('go', ['version']),
		check(file) {
			const result = spawnSync('go', ['build', '-o', devNull, '.'], { cwd: dirname(file), encoding: 'utf8' });
			if (result.status === 0) return [];
			const problems = linesNaming(file, result.stderr, 'go build');
			return problems.length ? problems : atFirstLine('go build', result.stderr);
		},
	},
	php: {
		command: 'php',
		tool: 'php -l (PHP lints the file without running it)',
		available: has('php', ['-v']),
		check(file) {
			const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
			if (result.status === 0) return [];
			const match = /(?:Parse|Fatal) error:\s*(.*?) in .* on line (\d+)/.exec(result.stdout + result.stderr);
			return match
				? [{ line: Number(match[2]), column: 1, message: `php -l: ${match[1]}` }]
				: atFirstLine('php -l', result.stdout + result.stderr);
		},
	},
	ruby: {
		command: 'ruby',
		tool: 'ruby -c (Ruby checks the syntax without running it)',
		available: has('ruby', ['-v']),
		check(file) {
			const result = spawnSync('ruby', ['-c', file], { encoding: 'utf8' });
			if (result.status === 0) return [];
			const problems = linesNaming(file, result.stderr, 'ruby -c');
			return problems.length ? problems : atFirstLine('ruby -c', result.stderr);
		},
	},
};
