/**
 * The production server for the built site: every response from an in-memory snapshot of the build
 * (snapshot.ts), swapped whole when a new build is complete; the files precompressed at build time
 * (.br, .gz) chosen by Accept-Encoding; the headers of policy.ts; conditional and range requests per
 * RFC 9110 (fresh, range-parser, etag); only GET and HEAD; the site's other addresses redirected to its
 * own, and the 404 page with status 404 for the rest; an optional base path to mount the site under.
 * Nothing a request says reaches the file system. serve.ts runs it from the command line; tests start it too.
 */
import { unwatchFile, watchFile } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import fresh from 'fresh';
import { normaliseBase } from '../site.ts';
import { acceptedEncodings, byteRange, ifMatch, parseTarget } from './requests.ts';
import { BUILD_DONE_FILE, buildStamp, takeSnapshot, type Representation, type Resource, type Snapshot } from './snapshot.ts';
import { notFoundPageFor } from './policy.ts';

export interface ServeOptions {
  /** The built site, e.g. dist/. */
  dir: string;
  /** The path to mount the site under; "/" by default. */
  base?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
  /** Send Strict-Transport-Security (for a server behind a TLS proxy). */
  hsts?: boolean | undefined;
  /** Where to report a new build taken up or refused; silent by default. */
  log?: ((message: string) => void) | undefined;
}

export interface RunningServer {
  server: Server;
  /** The site's address, base path included, e.g. http://localhost:8080/explainers/afghanistan/. */
  url: string;
  close(): Promise<void>;
}

export interface SiteHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Stops watching for new builds. */
  close(): void;
}

/** How often the build's last file is looked at, and how long it must stay unchanged before its build is read. */
const POLL_MS = 250;
const SETTLE_MS = 300;

/** The request handler alone, for use in another Node server; resolves once the build is read. */
export async function siteHandler(options: Omit<ServeOptions, 'port' | 'host'>): Promise<SiteHandler> {
  const dir = resolve(options.dir);
  const config = { base: normaliseBase(options.base ?? '/'), hsts: options.hsts };
  const log = options.log ?? (() => {});
  let site = await takeSnapshot(dir, config);

  // A build empties dist/, writes its files and writes _headers last: once that has stopped changing,
  // the build is complete. Until then, and if the new build can't be read, the old snapshot answers.
  let settling: NodeJS.Timeout | undefined;
  const reload = async () => {
    const stamp = await buildStamp(dir);
    if (!stamp || stamp === site.stamp) return;
    try {
      const next = await takeSnapshot(dir, config);
      // Another build began while this one was read: wait for that one instead.
      if ((await buildStamp(dir)) !== next.stamp) return;
      site = next;
      log(`Serving the new build in ${dir} (${site.resources.size} files).`);
    } catch (error) {
      log(`Still serving the previous build: ${(error as Error).message}`);
    }
  };
  const headersFile = join(dir, BUILD_DONE_FILE);
  const changed = () => {
    clearTimeout(settling);
    settling = setTimeout(() => void reload(), SETTLE_MS);
  };
  watchFile(headersFile, { interval: POLL_MS, persistent: false }, changed);

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    try {
      respond(site, req, res);
    } catch (error) {
      // Nothing a request sends should get here; if something does, it costs that request only.
      log(`Error answering ${req.method} ${req.url}: ${(error as Error).stack}`);
      if (!res.headersSent) res.writeHead(500, { ...site.error, 'Content-Length': 0 }).end();
      else res.destroy();
    }
  };
  return Object.assign(handler, {
    close: () => {
      clearTimeout(settling);
      // This server's watch only: another server in the process may watch the same build.
      unwatchFile(headersFile, changed);
    },
  });
}

function respond(site: Snapshot, req: IncomingMessage, res: ServerResponse): void {
  const redirect = (status: number, path: string, query = '') => {
    res.writeHead(status, { ...site.bare, Location: encodeURI(path) + query, 'Content-Length': 0 }).end();
  };

  if (req.method !== 'GET' && req.method !== 'HEAD') return empty(site, res, 405, { Allow: 'GET, HEAD' });
  const target = parseTarget(req.url ?? '');
  if (!target) return empty(site, res, 400);
  const { path, query } = target;
  const { base } = site;
  if (base !== '/') {
    if (path === base.slice(0, -1)) return redirect(301, base, query);
    // "/" leads to a site mounted elsewhere, but only for now (302): the host's root may serve more later.
    if (path === '/') return redirect(302, base);
  }
  const sitePath = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
  const resource = sitePath === undefined ? undefined : site.resources.get(sitePath);
  if (resource) return serve(site, req, res, resource);
  const canonical = sitePath === undefined ? undefined : site.aliases.get(sitePath);
  // Built from the site's own file list, never from the request's path: always on this site.
  if (canonical) return redirect(301, base + canonical.slice(1), query);
  const own = sitePath === undefined ? undefined : site.resources.get(notFoundPageFor(sitePath, (p) => site.resources.has(p)));
  const page = chosen(own ?? site.notFound, req.headers['accept-encoding']);
  const { ETag: _etag, 'Accept-Ranges': _ranges, ...headers } = page.headers;
  res.writeHead(404, headers).end(req.method === 'HEAD' ? undefined : page.body);
}

/** A response with no body: an error, with the headers a browser applies if it shows one. */
function empty(site: Snapshot, res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...site.error, ...headers, 'Content-Length': 0 }).end();
}

function chosen(resource: Resource, acceptEncoding: string | undefined): Representation {
  for (const coding of acceptedEncodings(acceptEncoding)) {
    const found = coding === 'identity' ? resource.identity : resource.encoded[coding as keyof Resource['encoded']];
    if (found) return found;
  }
  return resource.identity;
}

function serve(site: Snapshot, req: IncomingMessage, res: ServerResponse, resource: Resource): void {
  const h = req.headers;
  // Ranges are of the file itself, never of a compressed copy.
  const range = req.method === 'GET' && h.range !== undefined
    ? byteRange(resource.identity.body.length, h.range, h['if-range']?.toString(), resource.identity.etag)
    : undefined;
  const { headers, body, etag } = range === undefined ? chosen(resource, h['accept-encoding']) : resource.identity;
  if (h['if-match'] !== undefined && !ifMatch(h['if-match'], etag)) return empty(site, res, 412);
  if (fresh(h, { etag })) {
    const { 'Content-Length': _length, 'Content-Type': _type, 'Content-Encoding': _coding, ...kept } = headers;
    return void res.writeHead(304, kept).end();
  }
  if (range === 'unsatisfiable') return empty(site, res, 416, { 'Content-Range': `bytes */${body.length}` });
  if (range) {
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${body.length}`, 'Content-Length': range.end - range.start + 1 });
    return void res.end(body.subarray(range.start, range.end + 1));
  }
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}

/** A reply written straight to the socket, for requests Node's parser refuses before any handler runs. */
function refuse(socket: Socket, status: string, extra = ''): void {
  if (socket.writable && !socket.destroyed) socket.end(`HTTP/1.1 ${status}\r\nContent-Length: 0\r\nConnection: close\r\n${extra}\r\n`);
  else socket.destroy();
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const handler = await siteHandler(options);
  const server = createServer(handler);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const code = error.code ?? '';
    if (code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    refuse(socket, code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request');
  });
  // CONNECT (a proxy's method) goes to its own event, not the handler; without a listener Node drops the connection.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => refuse(socket, '405 Method Not Allowed', 'Allow: GET, HEAD\r\n'));
  return new Promise((done, fail) => {
    server.once('error', (error) => {
      handler.close();
      fail(error);
    });
    server.listen(options.port ?? 8080, options.host ?? 'localhost', () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host && !['0.0.0.0', '::'].includes(options.host) ? options.host : 'localhost';
      done({
        server,
        url: `http://${host}:${port}${normaliseBase(options.base ?? '/')}`,
        close: () => new Promise((closed) => {
          handler.close();
          server.closeAllConnections();
          server.close(() => closed());
        }),
      });
    });
  });
}
