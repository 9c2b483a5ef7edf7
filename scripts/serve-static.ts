/**
 * A plain static file server, like the simplest static host: no rewrites. "/a/" serves
 * "a/index.html"; "/a" answers 301 to "/a/" when that folder has an index.html, as GitHub
 * Pages, Netlify and nginx do; anything missing gets "404.html" with status 404.
 * Files are served under `base` (e.g. "/backend-atlas/"), as a host would serve a sub-path.
 * With `compress`, text files are sent gzip-compressed to clients that accept it, as static hosts
 * send them (the benchmark's Lighthouse runs use this; the tests read files as they are).
 * Used by the tests; run it by hand with `node scripts/serve-static.ts [dir] [port] [base]`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

/** Text types a host compresses; images, WebAssembly and Pagefind's own .pf_ files are already compact. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** Whether a response for `file` goes out gzip-compressed: a text type, asked for by a client that accepts gzip. */
export function sendsGzip(file: string, request: Pick<IncomingMessage, 'headers'>, compress: boolean): boolean {
	const accepted = String(request.headers['accept-encoding'] ?? '');
	return compress && compressible.has(extname(file)) && /\bgzip\b/.test(accepted);
}

/** What a request for a URL path gets: a file, a redirect to the folder's URL, or nothing. */
export type Resolved = { file: string } | { redirect: string } | undefined;

/** The file a URL path maps to, the address to redirect to, or undefined when there is none. */
export function resolvePath(root: string, base: string, urlPath: string): Resolved {
	const [rawPath = '/', query] = urlPath.split(/\?(.*)/s);
	let path: string;
	try {
		path = decodeURIComponent(rawPath);
	} catch {
		return undefined;
	}
	const withQuery = (target: string) => (query === undefined ? target : `${target}?${query}`);
	if (`${path}/` === base) return { redirect: withQuery(`${rawPath}/`) };
	if (!path.startsWith(base)) return undefined;
	const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, relative);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate };
	const index = join(candidate, 'index.html');
	if (!existsSync(index)) return undefined;
	return path.endsWith('/') ? { file: index } : { redirect: withQuery(`${rawPath}/`) };
}

export function serveStatic(dir: string, port = 0, base = '/', { compress = false } = {}): Promise<{ server: Server; url: string }> {
	const root = resolve(dir);
	const server = createServer((request, response) => {
		const resolved = resolvePath(root, base, request.url ?? '/');
		if (resolved && 'redirect' in resolved) {
			response.writeHead(301, { location: resolved.redirect }).end();
			return;
		}
		const file = resolved?.file;
		const status = file ? 200 : 404;
		const body = file ?? join(root, '404.html');
		if (!existsSync(body)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const type = types[extname(body)] ?? 'application/octet-stream';
		if (sendsGzip(body, request, compress)) {
			response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
			createReadStream(body).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(status, { 'content-type': type });
		createReadStream(body).pipe(response);
	});
	// Keep idle connections open longer than a test pauses between requests, so a client never
	// reuses a connection the server has just closed.
	server.keepAliveTimeout = 60_000;
	return new Promise((done) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			done({ server, url: `http://127.0.0.1:${actualPort}${base}` });
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
	const { url } = await serveStatic(dir, Number(port), base);
	console.log(`Serving ${dir} at ${url}`);
}
