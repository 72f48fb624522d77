/**
 * What the service worker keeps on a reader's device. A first visit downloads a fixed core (the pages a
 * reader needs first, the styles and scripts, the search library); other pages and search files are kept
 * as they are read; "Save for offline reading" downloads the rest on request. The limits below hold
 * whatever the explainer's size: the build fails, naming the files, when the core or any one file outgrows them.
 *
 * The core's rule, so that it does not grow with the number of chapters:
 * - always: the 404 page (the offline fallback), the search page, the "Read offline" page, the first
 *   CORE_CHAPTERS chapters in reading order, every file in _astro/ (styles, scripts, fonts), the files at
 *   the site's root (the favicon), Pagefind's library and metadata (pagefind/*) and its filters (every
 *   search loads them);
 * - while the explainer is small (at most LISTED_CHAPTERS_MAX chapters, the size at which every page stops
 *   listing every chapter): also the home page, the timeline, who's who and the whole search index. These
 *   grow with the content (at 1,000 chapters the home page and the timeline are about 1 MB each), so past
 *   that size they are kept when read, like every other page.
 * Pure: the service-worker integration reads the files and writes the worker; the unit tests call it directly.
 */
import { LISTED_CHAPTERS_MAX, type Routes } from '../site.ts';

export const OFFLINE_LIMITS = {
  /**
   * Everything a first visit downloads for offline use, per edition built, in bytes as stored (before any
   * compression on the wire): the worker keeps every edition's core, so three editions may use three times this.
   */
  coreBytes: 2 * 1024 * 1024,
  /**
   * Any one file the worker keeps, in the core or in the saved copy. Workbox left larger files out with a
   * warning that nobody reads, so a 5 MB chapter was silently missing offline; here it fails the build.
   */
  fileBytes: 2 * 1024 * 1024,
} as const;

/** How many chapters, from the first in reading order, every first visit keeps. */
export const CORE_CHAPTERS = 4;

/** One edition's share of the core, from its chapters (the "Read offline" page publishes it during the build). */
export interface OfflineCore {
  /** The core's pages as site paths: "" for the home page, "round-one/". */
  pages: string[];
  /** Whether the whole search index (its chunks and excerpts) is in the core, not only its library and metadata. */
  searchIndex: boolean;
}

/** The core of one edition; `routes` are the edition's routes under base "/", `chapterIds` in reading order. */
export function offlineCore(chapterIds: readonly string[], routes: Routes): OfflineCore {
  const small = chapterIds.length <= LISTED_CHAPTERS_MAX;
  const hrefs = [
    routes.search,
    routes.offline,
    ...chapterIds.slice(0, CORE_CHAPTERS).map((id) => routes.chapter(id)),
    ...(small ? [routes.home, routes.timeline, routes.people] : []),
  ];
  return { pages: hrefs.map((href) => href.replace(/^\//, '')), searchIndex: small };
}

/** A built file: its path in the site's folder ("round-one/index.html") and its size. */
export interface SiteFile {
  path: string;
  bytes: number;
}

/**
 * Files no reader opens (for crawlers, hosts and the worker itself), the copies a host compresses ahead,
 * and the share cards, which only link previews fetch (about 50 KB each, one per chapter).
 */
const NEVER = /^(?:_headers|robots\.txt|sitemap-[^/]*\.xml)$|\.(?:br|gz)$|(?:^|\/)share\/[^/]+\.png$/;

/**
 * Sorts a build's files into the core, the rest a reader can save, and what neither holds. `skip` names
 * files left out on purpose: the worker and its file list, Pagefind's unused wasm, the print edition
 * (it repeats every other page; it is kept once opened).
 */
export function offlineFiles(files: readonly SiteFile[], cores: readonly OfflineCore[], skip: ReadonlySet<string>): { core: SiteFile[]; save: SiteFile[] } {
  const pages = new Set(cores.flatMap((c) => c.pages.map(pageFile)));
  const wholeIndex = cores.some((c) => c.searchIndex);
  const inCore = (path: string) =>
    pages.has(path) ||
    path === '404.html' ||
    path.startsWith('_astro/') ||
    (!path.includes('/') && !path.endsWith('.html')) ||
    /^pagefind\/(?:[^/]+|filter\/.+)$/.test(path) ||
    (wholeIndex && /^pagefind\/(?:index|fragment)\//.test(path));
  const core: SiteFile[] = [];
  const save: SiteFile[] = [];
  for (const file of files) {
    if (skip.has(file.path) || NEVER.test(file.path)) continue;
    (inCore(file.path) ? core : save).push(file);
  }
  return { core, save };
}

/** The file a page's site path is served from: "round-one/" → "round-one/index.html". */
export const pageFile = (sitePath: string) => `${sitePath}index.html`;

/** What is wrong with the lists against OFFLINE_LIMITS, each problem naming the files; empty when all is well. */
export function offlineProblems(lists: { core: readonly SiteFile[]; save: readonly SiteFile[] }, editions = 1): string[] {
  const problems: string[] = [];
  const tooLarge = [...lists.core, ...lists.save].filter((f) => f.bytes > OFFLINE_LIMITS.fileBytes);
  if (tooLarge.length) {
    problems.push(
      `${tooLarge.length === 1 ? 'A file is' : `${tooLarge.length} files are`} too large to keep for offline reading (at most ${megabytes(OFFLINE_LIMITS.fileBytes)} each, OFFLINE_LIMITS.fileBytes in src/lib/offline.ts); split the page or shorten it:\n` +
        tooLarge.map((f) => `  ${f.path}: ${megabytes(f.bytes)}`).join('\n'),
    );
  }
  const coreBytes = total(lists.core);
  const limit = OFFLINE_LIMITS.coreBytes * editions;
  if (coreBytes > limit) {
    const largest = [...lists.core].sort((a, b) => b.bytes - a.bytes).slice(0, 10);
    problems.push(
      `The offline core is ${megabytes(coreBytes)} in ${lists.core.length} files, over its limit of ${megabytes(limit)} (OFFLINE_LIMITS.coreBytes in src/lib/offline.ts${editions > 1 ? `, for each of ${editions} editions` : ''}). The largest:\n` +
        largest.map((f) => `  ${f.path}: ${megabytes(f.bytes)}`).join('\n'),
    );
  }
  return problems;
}

export const total = (files: readonly SiteFile[]) => files.reduce((n, f) => n + f.bytes, 0);

/** "5.0 MB" (binary megabytes, as the limits are written). */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
