/**
 * A server with one mistake in it, made from a good one: an HTTP proxy in front of a running
 * server that changes one kind of request or answer on its way through, so that the pair behaves
 * as if its author had made that mistake (no check of an empty list, a price in units rather
 * than cents, a stack trace in an error). The project ladder's tests run each checker against
 * such a pair: a checker that passes it is not checking what it claims.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the proxy sees it; a mistake may change any part. */
interface Exchange {
	method: string;
	/** Path and query: "/api/menu?maxPrice=700". */
	path: string;
	headers: Record<string, string>;
	body: string;
}

/** An answer as the proxy sees it; a mistake may change any part. */
export interface Answer {
	status: number;
	headers: Record<string, string>;
	/** Set-Cookie lines, kept apart because there may be several. */
	cookies: string[];
	body: string;
}

/** One mistake: a change to the request before the server sees it, or to the answer after. */
export interface Mistake {
	request?(request: Exchange): Exchange;
	/** `ask` calls the good server directly, for a mistake that needs to look at something else first. */
	answer?(request: Exchange, answer: Answer, ask: (path: string) => Promise<Answer>): Answer | Promise<Answer>;
}

/** Headers that belong to one hop and are rewritten by each side. */
const hopHeaders = new Set(['connection', 'content-length', 'content-encoding', 'transfer-encoding', 'keep-alive', 'host']);

async function bodyOf(request: IncomingMessage): Promise<string> {
	let text = '';
	request.setEncoding('utf8');
	for await (const chunk of request) text += chunk;
	return text;
}

/** Sends a request to `target` and reads the whole answer. */
async function forward(target: string, request: Exchange): Promise<Answer> {
	const response = await fetch(`${target}${request.path}`, {
		method: request.method,
		headers: request.headers,
		body: request.method === 'GET' || request.method === 'HEAD' ? null : request.body,
		redirect: 'manual',
	});
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => {
		if (name !== 'set-cookie' && !hopHeaders.has(name)) headers[name] = value;
	});
	return { status: response.status, headers, cookies: response.headers.getSetCookie(), body: await response.text() };
}

/** Starts the proxy in front of `target` on a free port of 127.0.0.1; its URL has no trailing slash. */
export async function serveWithMistake(target: string, mistake: Mistake): Promise<{ url: string; close(): Promise<void> }> {
	const server: Server = createServer((incoming, outgoing) => {
		void (async () => {
			const headers: Record<string, string> = {};
			for (const [name, value] of Object.entries(incoming.headers)) {
				if (typeof value === 'string' && !hopHeaders.has(name)) headers[name] = value;
			}
			let request: Exchange = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, body: await bodyOf(incoming) };
			if (mistake.request) request = mistake.request(request);
			let answer = await forward(target, request);
			if (mistake.answer) {
				answer = await mistake.answer(request, answer, (path) => forward(target, { method: 'GET', path, headers: {}, body: '' }));
			}
			outgoing.writeHead(answer.status, { ...answer.headers, ...(answer.cookies.length ? { 'set-cookie': answer.cookies } : {}) });
			outgoing.end(answer.body);
		})().catch((error: unknown) => {
			outgoing.writeHead(502, { 'content-type': 'text/plain' });
			outgoing.end(`mistake proxy: ${String(error)}`);
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
