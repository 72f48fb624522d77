/** Every page of a built site, read from its sitemap, plus the 404 page. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function allPages(dist = DIST): string[] {
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const pages = sitemaps.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  return [...pages, '/404.html'];
}
