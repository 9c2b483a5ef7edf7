/**
 * Runs a Node.js sample the way its reader would: a server with `npm start`, on a free port,
 * stopped afterwards; a program that checks itself with `npm test`, to its end. The script must
 * be `node <file>`: the file is run with the same Node.js as the tests, from the sample's own
 * folder so its imports resolve through its manifest.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunningSample {
	url: string;
	output: () => string;
	stop: () => Promise<void>;
}

/** The file that `npm <script>` runs ("node <file>"), from the sample's package.json; undefined without one. */
export function scriptFile(dir: string, script: 'start' | 'test'): string | undefined {
	const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
	const command = manifest.scripts?.[script];
	if (command === undefined) return undefined;
	const file = /^node (\S+)$/.exec(command)?.[1];
	if (!file) throw new Error(`${dir}/package.json: expected a ${script} script "node <file>", got "${command}"`);
	return file;
}

/** Runs a program to its end (one that checks itself with `npm test`, or a checker given an address): its exit code and what it printed. */
export function runNodeProgram(dir: string, file: string, args: readonly string[] = []): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [file, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('error', reject);
		child.once('close', (code) => resolve({ code, output }));
	});
}

/** Starts the sample and waits until it answers HTTP. */
export async function startNodeSample(dir: string, file: string): Promise<RunningSample> {
	const port = await freePort();
	let output = '';
	const child = spawn(process.execPath, [file], {
		cwd: dir,
		env: { ...process.env, PORT: String(port), NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((done) => child.once('exit', done));
			child.kill();
			await exited;
		}
	};
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 150; attempt++) {
		if (child.exitCode !== null) break;
		try {
			await fetch(url, { method: 'HEAD' });
			return { url, output: () => output, stop };
		} catch {
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	await stop();
	throw new Error(`${dir}: the sample did not start listening on port ${port}.\n${output}`);
}
