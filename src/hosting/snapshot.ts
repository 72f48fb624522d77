/**
 * A built site read into memory whole, with every response's headers worked out once, for the site server
 * (server.ts). Serving from a snapshot means a rebuild on disk can't show through: the server keeps its
 * snapshot until a new build is complete, then takes a new one and swaps.
 */
import { readFile, stat } from 'node:fs/promises';
import type { OutgoingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip } from 'node:zlib';
import etag from 'etag';
import pLimit from 'p-limit';
import { contentType as mimeType } from 'mime-types';
import { normaliseBase } from '../site.ts';
import {
  ENCODINGS,
  NOT_FOUND_PAGE,
  REVALIDATE,
  baseOfHeadersFile,
  documentSecurityHeaders,
  fileHeaders,
  needsPolicy,
  policyOfHeadersFile,
  responseSecurityHeaders,
  servedPath,
  type Encoding,
} from './policy.ts';
import { listFiles, listSiteFiles, OPEN_FILES } from './site-files.ts';

/** The file the build writes last: its presence and its stamp mark a complete build. */
export const BUILD_DONE_FILE = '_headers';

/** One file as sent, plain or in one content coding. */
export interface Representation {
  body: Buffer;
  etag: string;
  /** The headers of a 200 response. */
  headers: OutgoingHttpHeaders;
}

export interface Resource {
  identity: Representation;
  encoded: Partial<Record<Encoding, Representation>>;
}

export interface Snapshot {
  base: string;
  /** By site path: "/", "/round-one/", "/_astro/a.css". */
  resources: Map<string, Resource>;
  /** Other addresses of a page ("/round-one", "/round-one/index.html"), to the page's site path. */
  aliases: Map<string, string>;
  notFound: Resource;
  /** The headers of a response without a file: errors and redirects. */
  bare: OutgoingHttpHeaders;
  /** The same, for errors, with the document headers a browser applies if it shows one. */
  error: OutgoingHttpHeaders;
  /** The completed build this is: the stamp of its _headers when it was read. */
  stamp: string;
}

const DECOMPRESS: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: promisify(brotliDecompress),
  gzip: promisify(gunzip),
};

/** What identifies one completed build on disk, or undefined while there is none. */
export async function buildStamp(dir: string): Promise<string | undefined> {
  try {
    const s = await stat(join(dir, BUILD_DONE_FILE));
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Reads the completed build in dir; throws, saying why, if there is none or it is for another base path. */
export async function takeSnapshot(dir: string, options: { base: string; hsts?: boolean | undefined }): Promise<Snapshot> {
  const base = normaliseBase(options.base);
  const stamp = await buildStamp(dir);
  if (!stamp) throw new Error(`${dir} holds no complete build (no ${BUILD_DONE_FILE}): run npm run build first.`);
  const hostFile = await readFile(join(dir, BUILD_DONE_FILE), 'utf8');
  // Served under another path than it was built for, every link and asset of the site would 404.
  const builtFor = baseOfHeadersFile(hostFile);
  if (builtFor !== base) {
    throw new Error(`${dir} was built for the base path ${builtFor}: serve it with --base ${builtFor}, or rebuild with SITE_BASE=${base}.`);
  }
  const csp = policyOfHeadersFile(hostFile);
  if (!csp) throw new Error(`${dir}/${BUILD_DONE_FILE} has no Content-Security-Policy: rebuild the site.`);

  const bare = { ...responseSecurityHeaders(options), 'Cache-Control': REVALIDATE };
  const document = documentSecurityHeaders(csp);
  const all = listFiles(dir);
  const present = new Set(all);
  const resources = new Map<string, Resource>();
  const limit = pLimit(OPEN_FILES);
  await Promise.all(listSiteFiles(dir, all).map((file) => limit(async () => {
    const path = servedPath(file);
    const body = await readFile(join(dir, file));
    const headers: OutgoingHttpHeaders = {
      ...bare,
      ...(needsPolicy(path) ? document : {}),
      'Content-Type': mimeType(file.split('/').pop()!) || 'application/octet-stream',
      ...fileHeaders(path),
    };
    const encoded: Resource['encoded'] = {};
    for (const { name, suffix } of ENCODINGS) {
      if (!present.has(file + suffix)) continue;
      const compressed = await readFile(join(dir, file + suffix));
      // A copy left from before the file was edited would serve the old file to every browser.
      if (!(await DECOMPRESS[name](compressed).catch(() => undefined))?.equals(body)) continue;
      encoded[name] = representation(compressed, { ...headers, 'Content-Encoding': name });
    }
    const vary = Object.keys(encoded).length > 0 ? { Vary: 'Accept-Encoding' } : {};
    for (const r of Object.values(encoded)) Object.assign(r.headers, vary);
    resources.set(path, { identity: representation(body, { ...headers, ...vary, 'Accept-Ranges': 'bytes' }), encoded });
  })));

  const notFound = resources.get(NOT_FOUND_PAGE);
  if (!resources.has('/') || !notFound) throw new Error(`${dir} holds no built site (no index.html or ${NOT_FOUND_PAGE.slice(1)}): run npm run build first.`);
  const aliases = new Map<string, string>();
  for (const path of resources.keys()) {
    if (!path.endsWith('/')) continue;
    for (const alias of [`${path}index.html`, `${path}index`, path.slice(0, -1)]) if (alias) aliases.set(alias, path);
  }
  return { base, resources, aliases, notFound, bare, error: { ...bare, ...document }, stamp };
}

function representation(body: Buffer, headers: OutgoingHttpHeaders): Representation {
  const tag = etag(body);
  return { body, etag: tag, headers: { ...headers, 'Content-Length': body.length, ETag: tag } };
}
