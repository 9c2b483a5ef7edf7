/**
 * Runs shell commands at the same time and fails if any of them fails, printing each one's
 * output when it ends (so lines never interleave). `npm test` uses it to lint while it
 * type-checks, and to make the second and third builds together: two cores do both at once.
 * Usage: node scripts/parallel.ts "<command>" "<command>" …
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
	console.error('Usage: node scripts/parallel.ts "<command>" "<command>" …');
	process.exit(2);
}

const results = await Promise.all(
	commands.map(
		(command) =>
			new Promise<{ command: string; code: number; output: string }>((done) => {
				const child = spawn(command, { shell: true, env: process.env });
				let output = '';
				child.stdout.on('data', (chunk: Buffer) => (output += chunk));
				child.stderr.on('data', (chunk: Buffer) => (output += chunk));
				child.on('close', (code) => {
					process.stdout.write(`\n$ ${command}\n${output}`);
					done({ command, code: code ?? 1, output });
				});
			}),
	),
);
const failed = results.filter((result) => result.code !== 0);
for (const result of failed) console.error(`\nFailed (exit ${result.code}): ${result.command}`);
process.exit(failed.length ? 1 : 0);
