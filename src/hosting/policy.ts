/**
 * How the built site should be served: cache rules per path, the content types Pagefind's files need,
 * and the Content-Security-Policy. Pure functions: `npm run serve` and the generated dist/_headers
 * (Netlify, Cloudflare Pages) both use them, so every host gets the same rules.
 * Paths are site paths: relative to the base path, starting with "/".
 */
import { createHash } from 'node:crypto';
import { normaliseBase } from '../site.ts';

/** Names that change whenever the content does: Astro's assets and Pagefind's index chunks and metadata. */
export const HASHED_PATH = /^\/?(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;
/** The folders whose files are all hashed, so one rule can cover each. */
export const HASHED_DIRS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cached, but checked with the server (ETag) before each use: pages, sw.js, pagefind.js and the like. */
export const REVALIDATE = 'no-cache';

/** Pagefind's own files: index chunks (.pf_*) and the wasm (.pagefind), which it gzips itself. */
const PAGEFIND_DATA = /\.(?:pagefind|pf_[a-z]+)$/;

export function isHashed(path: string): boolean {
  return HASHED_PATH.test(path);
}

export function cacheControl(path: string): string {
  return isHashed(path) ? IMMUTABLE : REVALIDATE;
}

/** The content type a file needs where a server's own table may lack or mislabel it; undefined: the server's default is right. */
export function contentType(path: string): string | undefined {
  if (path.endsWith('.wasm')) return 'application/wasm';
  if (PAGEFIND_DATA.test(path)) return 'application/octet-stream';
  return undefined;
}

/** Pagefind's data is gzipped already: compressing it again costs time and saves nothing. */
export function shouldCompress(path: string): boolean {
  return !PAGEFIND_DATA.test(path);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

/**
 * The CSP hashes ('sha256-…') of the inline scripts in one HTML page that a browser runs. Scripts
 * with src are covered by 'self'; data blocks such as JSON-LD are never run, so CSP ignores them.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE_TYPE.test(type)) continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

/** The policy for the whole site, allowing exactly the given inline-script hashes. */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes].join(' '),
    // The service worker (sw.js) comes from 'self'. blob: is where Pagefind starts its own web worker,
    // which the site doesn't use today (noWorker in src/scripts/search/engine.ts).
    "worker-src 'self' blob:",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Whether a response needs the Content-Security-Policy: documents and the service worker. Browsers ignore
 * it on stylesheets, images and data, where it would only add some 300 bytes to every response.
 */
export function needsPolicy(path: string): boolean {
  return /\/$|\.html$|(^|\/)sw\.js$/.test(path);
}

export function securityHeaders(csp: string): Record<string, string> {
  return { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
}

/** The headers one file needs besides the security headers. */
export function fileHeaders(path: string): Record<string, string> {
  const type = contentType(path);
  return { 'Cache-Control': cacheControl(path), ...(type ? { 'Content-Type': type } : {}) };
}

/** The URL path a file is served at: folders' index.html at the folder's URL, as the site links them. */
export function servedPath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The _headers file (Netlify and Cloudflare Pages format) for a build: the security headers on every
 * path, and each file's own rules. Each file is matched by exactly one rule besides "/*", and "/*"
 * sets no Cache-Control, because both hosts join the values of a header set by two matching rules.
 */
export function headersFile(options: { base: string; files: string[]; scriptHashes: Iterable<string> }): string {
  const prefix = normaliseBase(options.base).slice(0, -1);
  const rules: [string, Record<string, string>][] = [[`${prefix}/*`, securityHeaders(contentSecurityPolicy(options.scriptHashes))]];
  const covered = new Set<string>();
  for (const dir of HASHED_DIRS) {
    const inside = options.files.map(servedPath).filter((p) => p.startsWith(dir));
    if (inside.length === 0) continue;
    const headers = fileHeaders(inside[0]!);
    // One rule for the folder, only while it holds the same kind of file throughout.
    if (inside.every((p) => JSON.stringify(fileHeaders(p)) === JSON.stringify(headers))) {
      rules.push([`${prefix}${dir}*`, headers]);
      for (const p of inside) covered.add(p);
    }
  }
  for (const path of options.files.map(servedPath).sort()) {
    if (!covered.has(path)) rules.push([`${prefix}${path}`, fileHeaders(path)]);
  }
  const lines = ['# Generated by the build from src/hosting/policy.ts; rebuilt with the site, so the script hashes stay right.'];
  for (const [path, headers] of rules) {
    lines.push(path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The base path a _headers file was generated for: its first rule is "<base>*". */
export function baseOfHeadersFile(text: string): string | undefined {
  const first = text.split('\n').find((line) => line.startsWith('/'));
  return first?.endsWith('/*') ? first.slice(0, -1) : undefined;
}
