/**
 * The product facts the tests check against: the site contract (src/site.ts), re-exported so tests
 * never write chapter ids, paths or anchors themselves, and the pages of a built site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CHAPTER_IDS, routes, type ChapterId, type Edition } from '../../src/site.ts';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { DIST, ROOT } from './project.ts';

export { ANCHORS, CHAPTER_IDS, DATASETS, routes, withBase, type ChapterId } from '../../src/site.ts';

/** The default build's hrefs (base "/", the default edition), as the browser tests' pages carry them. */
export const ROUTES = routes('/');

/** Every page of a built site, as paths from its sitemap (base path included), plus each built edition's 404 page. */
export function allPages(dist = DIST): string[] {
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const pages = sitemaps.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  // The home page, the shortest path, is the base path the site was built for.
  const home = [...pages].sort((a, b) => a.length - b.length)[0] ?? '/';
  return [...pages, ...BUILT_EDITIONS.map((e) => `${home}${e.prefix}404.html`)];
}

/** Each chapter's short title, as readers see it in the navigation and the filters, from its frontmatter. */
export const SHORT_TITLES = Object.fromEntries(
  CHAPTER_IDS.map((id) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'content/chapters', `${id}.mdx`), 'utf8'))![1]!;
    return [id, (yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA }) as { shortTitle: string }).shortTitle];
  }),
) as Record<ChapterId, string>;

/** The built edition a page's path (base "/") belongs to: the one whose folder it is in, else the default. */
export const editionOfPage = (path: string): Edition =>
  BUILT_EDITIONS.find((e) => e.prefix && path.startsWith(`/${e.prefix}`)) ?? BUILT_EDITIONS.find((e) => !e.prefix)!;
