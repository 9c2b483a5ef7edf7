/**
 * The project ladder's checkers (samples/projects/checkers/), each run as a reader runs it:
 * `node check-….mjs <address>`. Against the reference server (samples/projects/reference, started
 * as `npm start` starts it) every line must say PASS and the exit code must be 0. Against the same
 * server with one mistake put in front of it (tests/helpers/mistake-proxy.ts), exactly the
 * requirements that mistake breaks must FAIL, each with its hint, and the exit code must be 1.
 * A checker that passed anything would fail here.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runNodeProgram, scriptFile, startNodeSample, type RunningSample } from '../helpers/sample-server';
import { serveWithMistake, type Answer, type Mistake } from '../helpers/mistake-proxy';
import { samplesRoot } from '../helpers/samples';

const checkersDir = join(samplesRoot, 'projects', 'checkers');
const referenceDir = join(samplesRoot, 'projects', 'reference');
const checkers = readdirSync(checkersDir)
	.filter((file) => /^check-[a-z-]+\.mjs$/.test(file))
	.sort();

const run = (checker: string, url: string) => runNodeProgram(checkersDir, checker, [url]);

// A checker run takes seconds: the accounts checker makes five slow password hashes (scrypt at
// N = 2^17, as the reference server uses it), 8 s alone and about 30 s on two cores shared with two
// builds, as under `npm test`. Runs against one server take turns (below), so the last accounts
// test waits for two others: each test gets three times the tier's time.
vi.setConfig({ testTimeout: 180_000 });

/** The requirements a run printed, by verdict, and the hint of each FAIL. */
function verdicts(output: string) {
	const lines = output.split('\n');
	return {
		passed: lines.filter((line) => line.startsWith('PASS  ')),
		failed: lines.filter((line) => line.startsWith('FAIL  ')),
	};
}

/** An answer with its JSON body changed. */
const withJson = (answer: Answer, change: (body: unknown) => unknown): Answer => ({
	...answer,
	body: JSON.stringify(change(JSON.parse(answer.body) as unknown)),
});
type Dish = { id: string; price: number };
const isPayment = (method: string, path: string) => method === 'POST' && /^\/api\/orders\/\d+\/payments$/.test(path);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Broken {
	checker: string;
	/** The mistake, as a reader might make it. */
	mistake: string;
	make: Mistake;
	/** Every requirement that must FAIL (the start of its line) with its hint; every other one must PASS. */
	fails: Array<{ requirement: string; hint: string }>;
}

const broken: Broken[] = [
	{
		checker: 'check-menu.mjs',
		mistake: 'prices are kept in units with decimals (12.5) rather than whole cents',
		make: {
			// The filter is asked in the same units, as such a server would read it.
			request: (request) => ({
				...request,
				path: request.path.replace(/maxPrice=(\d+)/, (_all, units: string) => `maxPrice=${Number(units) * 100}`),
			}),
			answer: (request, answer) =>
				request.path.startsWith('/api/menu') && answer.status === 200
					? withJson(answer, (body) => {
							const toUnits = (dish: Dish) => ({ ...dish, price: dish.price / 100 });
							return Array.isArray(body) ? body.map(toUnits) : toUnits(body as Dish);
						})
					: answer,
		},
		fails: [{ requirement: 'every price is a whole number of cents', hint: 'keep money as a whole number of cents' }],
	},
	{
		checker: 'check-menu.mjs',
		mistake: 'an unknown dish answers 200 with an empty body',
		make: { answer: (request, answer) => (request.path === '/api/menu/no-such-dish' ? { ...answer, status: 200, body: '' } : answer) },
		fails: [{ requirement: 'GET /api/menu/no-such-dish answers 404', hint: 'when no dish has that id, answer 404 with JSON' }],
	},
	{
		checker: 'check-orders.mjs',
		mistake: 'an order with no items is saved as if it were good',
		make: {
			request: (request) =>
				request.method === 'POST' && request.path === '/api/orders' && request.body.includes('"items":[]')
					? { ...request, body: request.body.replace('"items":[]', '"items":[{"dish":"tea","quantity":1}]') }
					: request,
		},
		fails: [
			{
				requirement: 'POST /api/orders with no items answers 422',
				hint: 'validate the body before saving and answer 422 with the problems',
			},
		],
	},
	{
		checker: 'check-orders.mjs',
		mistake: 'the delivery fee is left out of the total',
		make: {
			answer: (request, answer) =>
				/^\/api\/orders(\/\d+)?$/.test(request.path) && answer.status < 300
					? withJson(answer, (order) => ({ ...(order as { total: number }), total: (order as { total: number }).total - 299 }))
					: answer,
		},
		fails: [{ requirement: 'the total is counted by the server', hint: 'never trust a price or total the app sends' }],
	},
	{
		checker: 'check-accounts.mjs',
		mistake: 'sign-up sends back the whole user record, hash and all',
		make: {
			answer: (request, answer) =>
				request.path === '/api/accounts' && answer.status === 201
					? withJson(answer, (user) => ({ ...(user as object), passwordHash: '$scrypt$ln=17,r=8,p=1$c2FsdA==$aGFzaA==' }))
					: answer,
		},
		fails: [{ requirement: 'the sign-up answer holds neither the password nor its hash', hint: 'never send the whole user record' }],
	},
	{
		checker: 'check-accounts.mjs',
		mistake: 'an unknown email is told apart from a wrong password',
		make: {
			answer: (request, answer) =>
				request.path === '/api/sessions' && answer.status === 401 && request.body.includes('"nobody-')
					? { ...answer, body: JSON.stringify({ errors: ['no account has this email'] }) }
					: answer,
		},
		fails: [
			{
				requirement: 'a wrong password and an unknown email both answer 401, with the same body',
				hint: 'give one answer for both mistakes',
			},
		],
	},
	{
		checker: 'check-payments.mjs',
		mistake: 'the Idempotency-Key is read but never used, so every request is a new payment',
		make: {
			request: (request) =>
				request.headers['idempotency-key'] ? { ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } } : request,
		},
		fails: [
			{ requirement: 'the same key again answers the same status and body', hint: 'store each key with the answer you gave' },
			{ requirement: 'the same key with another card answers 422', hint: 'keep a fingerprint of what the first request asked for' },
		],
	},
	{
		checker: 'check-payments.mjs',
		mistake: 'a payment without an Idempotency-Key is accepted',
		make: {
			request: (request) =>
				isPayment(request.method, request.path) && !request.headers['idempotency-key']
					? { ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }
					: request,
		},
		fails: [{ requirement: 'paying without an Idempotency-Key header answers 400', hint: 'require the header' }],
	},
	{
		checker: 'check-notifications.mjs',
		mistake: 'the kitchen is told inside the payment request, so the customer waits for the tablet',
		make: {
			async answer(request, answer, ask) {
				if (!isPayment(request.method, request.path) || answer.status !== 201) return answer;
				const orderId = Number(/\/orders\/(\d+)\//.exec(request.path)?.[1]);
				for (let waited = 0; waited < 8_000; waited += 100) {
					const inbox = JSON.parse((await ask('/api/notifications')).body) as Array<{ orderId: number }>;
					if (inbox.some((message) => message.orderId === orderId)) break;
					await sleep(100);
				}
				return answer;
			},
		},
		fails: [
			{
				requirement: 'paying answers before the kitchen hears of it',
				hint: 'in the payment, only put a job on the queue, in the same transaction, and answer',
			},
		],
	},
	{
		checker: 'check-notifications.mjs',
		mistake: 'jobs are queued but no worker runs, so the kitchen hears nothing',
		make: { answer: (request, answer) => (request.path === '/api/notifications' ? { ...answer, body: '[]' } : answer) },
		fails: [
			{ requirement: 'within 10 seconds, GET /api/notifications lists an order-paid message', hint: 'run a worker beside the server' },
			{ requirement: 'a failed delivery is tried again', hint: 'when a delivery throws, put the job back' },
			{ requirement: 'each paid order reaches the kitchen once', hint: 'queue the job in the transaction that marks the order paid' },
		],
	},
	{
		checker: 'check-deploy.mjs',
		mistake: 'errors come back as the framework’s page, stack trace and all',
		make: {
			answer: (_request, answer) =>
				answer.status === 400
					? {
							...answer,
							headers: { ...answer.headers, 'content-type': 'text/html; charset=utf-8' },
							body: '<pre>SyntaxError: Unexpected end of JSON input<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)</pre>',
						}
					: answer,
		},
		fails: [{ requirement: 'an error answer shows no stack trace and no file paths', hint: 'answer errors with a short message' }],
	},
	{
		checker: 'check-deploy.mjs',
		mistake: 'the health answer may be cached',
		make: {
			answer: (request, answer) =>
				request.path === '/health'
					? { ...answer, headers: Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== 'cache-control')) }
					: answer,
		},
		fails: [{ requirement: 'the health answer is never cached', hint: 'send Cache-Control: no-store' }],
	},
	{
		checker: 'check-deploy.mjs',
		mistake: 'every answer names the framework in X-Powered-By',
		make: { answer: (_request, answer) => ({ ...answer, headers: { ...answer.headers, 'x-powered-by': 'Express' } }) },
		fails: [{ requirement: 'answers do not name the framework', hint: 'turn the header off' }],
	},
];

/** One reference server per checker, so that one checker's queue never slows another's. */
const references = new Map<string, RunningSample>();
/** A server that answers 200 and {} to every request. */
let yesServer: Server;
let yesUrl = '';

beforeAll(async () => {
	const start = scriptFile(referenceDir, 'start') ?? 'server.ts';
	const started = await Promise.all(checkers.map(async (checker) => [checker, await startNodeSample(referenceDir, start)] as const));
	for (const [checker, server] of started) references.set(checker, server);
	yesServer = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'application/json' });
		response.end('{}');
	});
	await new Promise<void>((done) => yesServer.listen(0, '127.0.0.1', done));
	yesUrl = `http://127.0.0.1:${(yesServer.address() as AddressInfo).port}`;
	// Six Node processes starting beside three builds on two cores can take more than the default 10 s.
}, 60_000);

afterAll(async () => {
	await Promise.all([...references.values()].map((server) => server.stop()));
	await new Promise((done) => yesServer.close(done));
});

/**
 * Runs against one reference server take turns: three accounts runs at once would queue fifteen
 * slow password hashes on one server, and on a busy machine a request could pass the checker's
 * 30-second limit. Different checkers' servers still run side by side.
 */
const turns = new Map<string, Promise<unknown>>();
function inTurn<T>(checker: string, work: () => Promise<T>): Promise<T> {
	const next = (turns.get(checker) ?? Promise.resolve()).then(work, work);
	turns.set(
		checker,
		next.catch(() => undefined),
	);
	return next;
}

const reference = (checker: string) => {
	const server = references.get(checker);
	if (!server) throw new Error(`no reference server for ${checker}`);
	return server;
};

describe('the project checkers', () => {
	it('are six or more, one for each project, and each is tried against at least one mistake below', () => {
		expect(checkers.length).toBeGreaterThanOrEqual(6);
		expect([...new Set(broken.map((entry) => entry.checker))].sort()).toEqual(checkers);
	});
});

describe.concurrent.each(checkers)('%s', (checker) => {
	it('passes every requirement against the reference server, and exits with 0', async () => {
		const server = reference(checker);
		const { code, output } = await inTurn(checker, () => run(checker, server.url));
		const { passed, failed } = verdicts(output);
		expect(failed, `${output}\nserver:\n${server.output()}`).toEqual([]);
		expect(passed.length).toBeGreaterThanOrEqual(5);
		expect(output).toContain(`All ${passed.length} requirements pass.`);
		expect(code).toBe(0);
	});

	it.each(broken.filter((entry) => entry.checker === checker).map((entry) => [entry.mistake, entry] as const))(
		'fails, with the right hint, against a server where %s',
		async (_mistake, { make, fails }) => {
			const proxy = await serveWithMistake(reference(checker).url, make);
			try {
				const { code, output } = await inTurn(checker, () => run(checker, proxy.url));
				const { passed, failed } = verdicts(output);
				for (const { requirement, hint } of fails) {
					const line = failed.find((candidate) => candidate.startsWith(`FAIL  ${requirement}`));
					expect(line, `no FAIL line for "${requirement}":\n${output}`).toBeDefined();
					expect(line?.split(' — hint: ')[1], line).toContain(hint);
				}
				expect(failed.length, `only the requirements this mistake breaks fail:\n${output}`).toBe(fails.length);
				expect(passed.length).toBeGreaterThan(0);
				expect(code).toBe(1);
			} finally {
				await proxy.close();
			}
		},
	);

	it('fails against a server that answers 200 and {} to everything', async () => {
		const { code, output } = await run(checker, yesUrl);
		expect(verdicts(output).failed.length, output).toBeGreaterThan(0);
		expect(code).toBe(1);
	});

	it('fails, with a hint to start the server, when nothing answers at the address', async () => {
		const { code, output } = await run(checker, 'http://127.0.0.1:9');
		expect(output).toMatch(/^FAIL {2}a server answers at http:\/\/127\.0\.0\.1:9 — hint: start your server first/m);
		expect(code).toBe(1);
	});

	it('explains how to run it when it is given no address, and exits with 2', async () => {
		const { code, output } = await runNodeProgram(checkersDir, checker);
		expect(output).toContain(`Usage: node ${checker} <your server's address>`);
		expect(code).toBe(2);
	});
});
