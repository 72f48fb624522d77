/**
 * What a page transfers, measured as the budgets count it: each body gzipped at zlib's default level 6,
 * the level of Apache's mod_deflate and most CDNs. Shared by the budget tests and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { readFileList } from '../../src/integrations/service-worker.ts';

/**
 * The files an edition's service worker precaches on a first visit (its offline core, listed in the
 * edition folder's offline-files.json), with their gzip sizes.
 */
export function precache(dist: string, folder = ''): Transfer[] {
  return readFileList(dist, folder).precache.map(({ path }) => ({ path, kind: kindOf(path), gzip: gzipSize(readFileSync(join(dist, path))) }));
}

export function gzipSize(body: Buffer | string): number {
  return gzipSync(body, { level: 6 }).length;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'wasm' | 'index' | 'image' | 'data' | 'other';

/** What kind of file a URL path is, for the breakdown in budget reports. */
export function kindOf(path: string, contentType = ''): ResourceKind {
  if (/\.css$/.test(path) || contentType.includes('css')) return 'css';
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (/\.wasm$|wasm\.[a-z-]+\.pagefind$/.test(path)) return 'wasm';
  if (/\/pagefind\//.test(path)) return 'index';
  if (/\.(svg|png|jpe?g|webp|avif|ico)$/.test(path)) return 'image';
  if (/\.(json|csv)$/.test(path)) return 'data';
  if (/\/$|\.html$/.test(path) || contentType.includes('html')) return 'html';
  return 'other';
}

export interface Transfer {
  path: string;
  kind: ResourceKind;
  /** The body gzipped, as the budgets count it. */
  gzip: number;
  /** Bytes on the wire as served (compressed body plus headers), for the benchmark; absent for files on disk. */
  wire?: number;
}

/** Runs `action` and records every response the page received until the network was idle. */
export async function recordTransfers(page: Page, action: () => Promise<unknown>): Promise<Transfer[]> {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const body = await response?.body().catch(() => undefined); // redirects have no body
        if (!response || !body) return;
        const sizes = await request.sizes();
        const path = new URL(request.url()).pathname;
        transfers.push({
          path,
          kind: kindOf(path, response.headers()['content-type']),
          gzip: gzipSize(body),
          wire: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      })(),
    );
  };
  page.on('requestfinished', onFinished);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('requestfinished', onFinished);
  return transfers;
}

/** "round-one/ 19.6 KB (html 19.2, css 3.6 …)" with the largest files first, for failure messages. */
export function describeTransfers(transfers: Transfer[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const total = transfers.reduce((sum, t) => sum + t.gzip, 0);
  const lines = [...transfers].sort((a, b) => b.gzip - a.gzip).map((t) => `  ${kb(t.gzip).padStart(6)} KB  ${t.kind.padEnd(5)} ${t.path}`);
  return `${kb(total)} KB gzip in ${transfers.length} requests:\n${lines.join('\n')}`;
}
