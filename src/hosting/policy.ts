/**
 * How the built site should be served: cache rules per path, the content types Pagefind's files need,
 * which files get precompressed copies, the security headers and the Content-Security-Policy. Pure
 * functions: `npm run serve`, the generated dist/_headers (Netlify, Cloudflare Pages) and the pages' own
 * <meta> policy all use them, so every host gets the same rules.
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

/** Files for the host, not for readers: never served. */
export const HOST_FILES: ReadonlySet<string> = new Set(['_headers']);

/**
 * The precompressed variants the build writes beside a file ("page.html.br"), in the order a server
 * prefers them when a client accepts both: brotli is about a fifth smaller than gzip on this site's text.
 */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['name'];
/** Below this, a compressed copy saves too little to be worth a file. */
export const PRECOMPRESS_MIN_BYTES = 1024;
/** Text, and the formats that are text underneath: what compresses. */
const COMPRESSIBLE = /\.(?:html|css|m?js|json|svg|xml|txt|csv|wasm|webmanifest|ico)$/;

/** Whether the build writes .br and .gz copies of the file at this path ("/round-one/index.html") of this size. */
export function shouldPrecompress(path: string, size: number): boolean {
  return size >= PRECOMPRESS_MIN_BYTES && COMPRESSIBLE.test(path) && shouldCompress(path);
}

/** The CSP source for one inline script: 'sha256-…' of its text, as the browser hashes it. */
export function cspHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/**
 * The policy for the whole site, allowing exactly the given inline-script hashes (the site has one:
 * src/scripts/inline.ts). What default-src 'self' already says (styles, images, fonts, fetches, workers
 * by way of script-src) is not repeated. `meta`: the form for a <meta http-equiv> tag, without the
 * directives a meta policy may not carry (frame-ancestors) and with no spaces to spare, since every page
 * carries it.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, options: { meta?: boolean } = {}): string {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'${h}'`);
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine. Its web worker (a blob:) isn't used: noWorker in
    // src/scripts/search/engine.ts; the service worker comes from 'self'.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(options.meta ? [] : ["frame-ancestors 'none'"]),
  ].join(options.meta ? ';' : '; ');
}

/**
 * Sent with no Referer at all: links to cited sources would otherwise tell those sites the address, or
 * under strict-origin-when-cross-origin still the host name, of an intranet that serves the explainer.
 * The site itself reads no Referer.
 */
export const REFERRER_POLICY = 'no-referrer';
/** Powerful features, none of which the site uses, denied to it and to anything that might get into it. */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'hid', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');
/**
 * A year of HTTPS only, for hosts that serve the site over TLS and opt in (npm run serve -- --hsts,
 * SITE_HSTS=1 for dist/_headers). Without includeSubDomains: other hosts of an intranet domain may be http.
 */
export const HSTS = 'max-age=31536000';

/** Headers for every response: no type sniffing, no Referer, no use by other origins' pages. */
export function responseSecurityHeaders(options: { hsts?: boolean | undefined } = {}): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': REFERRER_POLICY,
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(options.hsts ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** Headers for what a browser runs as a document or worker: pages, the 404 page, error responses and sw.js. */
export function documentSecurityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/**
 * Whether a file needs the document headers: documents and the service worker. Browsers ignore them on
 * stylesheets, images and data, where they would only add some 700 bytes to every response.
 */
export function needsPolicy(path: string): boolean {
  return /\/$|\.html$|(^|\/)sw\.js$/.test(path);
}

/** The headers one file needs besides the security headers. */
export function fileHeaders(path: string): Record<string, string> {
  const type = contentType(path);
  return {
    'Cache-Control': cacheControl(path),
    ...(type ? { 'Content-Type': type } : {}),
    // The 404 page's own address answers 200 (the service worker caches it from there, and Workbox
    // refuses an error status): kept out of search engines all the same.
    ...(isNotFoundPage(path) ? { 'X-Robots-Tag': 'noindex' } : {}),
  };
}

/** The page every unknown address gets, with status 404, save where an edition has its own (notFoundPageFor). */
export const NOT_FOUND_PAGE = '/404.html';
/** An edition's own 404 page: "/fa/404.html". Only the editions' folders hold one. */
const EDITION_NOT_FOUND_PAGE = /^\/[^/]+\/404\.html$/;

export const isNotFoundPage = (path: string): boolean => path === NOT_FOUND_PAGE || EDITION_NOT_FOUND_PAGE.test(path);

/**
 * The 404 page for an unknown address (a site path): its top folder's own ("/fa/nope/" → "/fa/404.html")
 * where the build wrote one, so a Dari reader gets a Dari page; else the site's.
 */
export function notFoundPageFor(path: string, exists: (page: string) => boolean): string {
  const folder = /^\/[^/]+\//.exec(path)?.[0];
  const page = folder === undefined ? undefined : `${folder}404.html`;
  return page !== undefined && exists(page) ? page : NOT_FOUND_PAGE;
}

/** Whether a file of the build (a path relative to it) is part of the site, rather than for the host or a compressed copy of another. */
export function isSiteFile(file: string, files: ReadonlySet<string>): boolean {
  if (HOST_FILES.has(file)) return false;
  return !ENCODINGS.some(({ suffix }) => file.endsWith(suffix) && files.has(file.slice(0, -suffix.length)));
}

/** The URL path a file is served at: folders' index.html at the folder's URL, as the site links them. */
export function servedPath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The _headers file (Netlify and Cloudflare Pages format) for a build: all the security headers on every
 * path (rules match paths, not types, so the document headers go on assets too), and each file's own
 * rules. Each file is matched by exactly one rule besides "/*", and "/*" sets no Cache-Control, because
 * both hosts join the values of a header set by two matching rules. `files`: the site's files (isSiteFile).
 */
export function headersFile(options: { base: string; files: string[]; scriptHashes: Iterable<string>; hsts?: boolean }): string {
  const prefix = normaliseBase(options.base).slice(0, -1);
  const security = { ...responseSecurityHeaders(options), ...documentSecurityHeaders(contentSecurityPolicy(options.scriptHashes)) };
  const rules: [string, Record<string, string>][] = [[`${prefix}/*`, security]];
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

/** The Content-Security-Policy a _headers file gives (its first rule's), which a server of the same build sends. */
export function policyOfHeadersFile(text: string): string | undefined {
  return /^ {2}Content-Security-Policy: (.+)$/m.exec(text)?.[1];
}
