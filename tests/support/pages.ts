/** Every page of the built site, read from dist/'s sitemap, plus the 404 page. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export function allPages(): string[] {
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const pages = sitemaps.flatMap((f) => [...readFileSync(dist + f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  return [...pages, '/404.html'];
}
