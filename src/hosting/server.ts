/**
 * A production-like static server for the built site: the headers of policy.ts, gzip or brotli,
 * ETags, directory URLs redirected to their trailing slash, the 404 page with status 404, and an
 * optional base path to mount the site under. serve.ts runs it from the command line; tests start it too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { safeDecode } from '../lib/safe-decode.ts';
import { normaliseBase } from '../site.ts';
import { baseOfHeadersFile, contentSecurityPolicy, fileHeaders, needsPolicy, securityHeaders, shouldCompress } from './policy.ts';
import { listFiles, scriptHashesIn } from './site-files.ts';

export interface ServeOptions {
  /** The built site, e.g. dist/. */
  dir: string;
  /** The path to mount the site under; "/" by default. */
  base?: string | undefined;
  port?: number | undefined;
  host?: string | undefined;
}

export interface RunningServer {
  server: Server;
  /** The site's address, base path included, e.g. http://localhost:8080/explainers/afghanistan/. */
  url: string;
  close(): Promise<void>;
}

/** The request handler alone, for use in another Node server. */
export function siteHandler(options: { dir: string; base?: string | undefined }): (req: IncomingMessage, res: ServerResponse) => void {
  const dir = resolve(options.dir);
  const base = normaliseBase(options.base ?? '/');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no built site (no index.html): run npm run build first.`);
  // Served under another path than it was built for, every link and asset of the site would 404.
  const builtFor = existsSync(join(dir, '_headers')) ? baseOfHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : undefined;
  if (builtFor && builtFor !== base) {
    throw new Error(`${dir} was built for the base path ${builtFor}: serve it with --base ${builtFor}, or rebuild with SITE_BASE=${base}.`);
  }
  // The hashes are read once: the server serves one build, as a deployed site does.
  const security = securityHeaders(contentSecurityPolicy(scriptHashesIn(dir, listFiles(dir))));
  const notFoundPage = readFileSync(join(dir, '404.html'));

  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { ...security, ...fileHeaders('/404.html'), 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFoundPage);
  };
  const files = sirv(dir, { etag: true, dotfiles: false, extensions: ['html'], onNoMatch: (_req, res) => notFound(res) });
  // Connect-style middleware; its types name Express's request and response, but it uses only Node's.
  const compress = compression({
    filter: (req, res) => shouldCompress(new URL(req.url ?? '/', 'http://x').pathname) && compression.filter(req, res),
  }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('X-Content-Type-Options', security['X-Content-Type-Options']!);
    if (needsPolicy(url.pathname)) res.setHeader('Content-Security-Policy', security['Content-Security-Policy']!);
    const redirect = (to: string, status = 301) => {
      res.writeHead(status, { Location: to + url.search, 'Cache-Control': 'no-cache' });
      res.end();
    };
    if (url.pathname === base.slice(0, -1) && base !== '/') return redirect(base);
    // "/" leads to a site mounted elsewhere, but only for now (302): the host's root may serve more later.
    if (!url.pathname.startsWith(base)) return url.pathname === '/' ? redirect(base, 302) : notFound(res);
    const path = `/${url.pathname.slice(base.length)}`;
    // Folders are linked with a trailing slash, as nginx or Apache would redirect them.
    if (!path.endsWith('/') && !/\.[^/]*$/.test(path) && existsSync(join(dir, safeDecode(path), 'index.html'))) {
      return redirect(`${url.pathname}/`);
    }
    for (const [name, value] of Object.entries(fileHeaders(path))) res.setHeader(name, value);
    req.url = path + url.search;
    compress(req, res, () => files(req, res));
  };
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const handler = siteHandler(options);
  const server = createServer(handler);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, options.host ?? 'localhost', () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host && !['0.0.0.0', '::'].includes(options.host) ? options.host : 'localhost';
      done({
        server,
        url: `http://${host}:${port}${normaliseBase(options.base ?? '/')}`,
        close: () => new Promise((closed) => {
          server.closeAllConnections();
          server.close(() => closed());
        }),
      });
    });
  });
}
