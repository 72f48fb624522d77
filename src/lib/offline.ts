/**
 * What the service workers keep on a reader's device. Each edition has its own worker, scoped to the
 * edition's folder ("/" for English, "/fa/" for Dari), so a reader downloads only the edition read. A first
 * visit downloads the edition's fixed core (the pages a reader needs first, the styles and scripts, the
 * search library and the edition's search metadata); other pages and search files are kept as they are
 * read; "Save for offline reading" downloads the rest of that edition on request. The limits below hold
 * whatever the explainer's size: the build fails, naming the files, when a core or any one file outgrows them.
 *
 * The core's rule, so that it does not grow with the number of chapters:
 * - always: the edition's 404 page (the offline fallback), search page and "Read offline" page, its first
 *   CORE_CHAPTERS chapters in reading order, every file in _astro/ (styles, scripts, fonts), the files
 *   beside the pages at the site's root and in the edition's folder (the favicon, the locator map),
 *   Pagefind's library and the edition's search metadata and filters (every search loads them);
 * - while the explainer is small (at most LISTED_CHAPTERS_MAX chapters, the size at which every page stops
 *   listing every chapter): also the home page, the timeline, who's who and the edition's whole search
 *   index. These grow with the content (at 1,000 chapters the home page and the timeline are about 1 MB
 *   each), so past that size they are kept when read, like every other page.
 * Pure: the service-worker integration reads the files and writes the workers; the unit tests call it directly.
 */
import { DATASETS, LISTED_CHAPTERS_MAX, routes, searchIndexLanguage, type Edition } from '../site.ts';
import { MEDIA_TYPES, type Format } from './open-data/csv.ts';

export const OFFLINE_LIMITS = {
  /** Everything a first visit downloads for offline use in one edition, in bytes as stored (before any compression on the wire). */
  coreBytes: 2 * 1024 * 1024,
  /**
   * Any one file the worker keeps that a browser opens to read: a page, a style, a script, a search file.
   * Workbox left larger files out with a warning that nobody reads, so a 5 MB chapter was silently missing
   * offline; here it fails the build. The open-data downloads (OPEN_DATA) are kept whatever their size.
   */
  fileBytes: 2 * 1024 * 1024,
} as const;

/**
 * The open-data files (data/events.csv, data/actors.json, …): taken away to a spreadsheet, never read in the
 * browser, and they grow with the explainer (events.json is about 0.7 MB a thousand chapters). "Save for
 * offline reading" keeps them with everything else, its size shown before it starts, so no size of theirs
 * stops the build.
 */
const OPEN_DATA = new Set(DATASETS.flatMap((name) => (Object.keys(MEDIA_TYPES) as Format[]).map((format) => routes('/').dataFile(name, format).slice(1))));

/** How many chapters, from the first in reading order, every first visit keeps. */
export const CORE_CHAPTERS = 4;

/** One edition's core, from its chapters (the "Read offline" page publishes it during the build). */
export interface OfflineCore {
  /** The edition's folder under the site's base ("" for English, "fa/"): its worker and file list are written there. */
  folder: string;
  /** Pagefind's name for the edition's index ("fa-af"), which its index files carry. */
  index: string;
  /** The core's pages as site paths: "" for the home page, "round-one/", "fa/round-one/". */
  pages: string[];
  /** Whether the edition's whole search index (its chunks and excerpts) is in the core, not only its library and metadata. */
  searchIndex: boolean;
}

/** The core of one edition, `chapterIds` in reading order. */
export function offlineCore(chapterIds: readonly string[], edition: Edition): OfflineCore {
  const small = chapterIds.length <= LISTED_CHAPTERS_MAX;
  const at = routes('/', edition);
  const hrefs = [at.search, at.offline, ...chapterIds.slice(0, CORE_CHAPTERS).map((id) => at.chapter(id)), ...(small ? [at.home, at.timeline, at.people] : [])];
  return { folder: edition.prefix, index: searchIndexLanguage(edition), pages: hrefs.map((href) => href.replace(/^\//, '')), searchIndex: small };
}

/** A built file: its path in the site's folder ("round-one/index.html") and its size. */
export interface SiteFile {
  path: string;
  bytes: number;
}

/**
 * Files no reader opens (for crawlers, hosts and the workers themselves), the copies a host compresses
 * ahead, and the share cards, which only link previews fetch (about 50 KB each, one per chapter).
 */
const NEVER = /^(?:_headers|robots\.txt|sitemap-[^/]*\.xml)$|\.(?:br|gz)$|(?:^|\/)share\/[^/]+\.png$/;

/** The Pagefind language a search file belongs to ("fa-af" for pagefind/index/fa-af_1.pf_index); undefined for the library and the wasm. */
const searchFileLanguage = (path: string) => /^pagefind\/(?:(?:index|fragment|filter)\/|pagefind\.|names\.|words\.)([a-z]+(?:-[a-z0-9]+)*)[._]/.exec(path)?.[1];
/** The search engine a wasm file holds ("en-gb", or "unknown": the one without stemming, for languages Pagefind can't stem). */
const wasmLanguage = (path: string) => /^pagefind\/wasm\.([^/]+)\.pagefind$/.exec(path)?.[1];

/**
 * Sorts a build's files into one edition's core, the rest of that edition a reader can save, and what
 * neither holds (the other editions' pages and search files). `cores` are every edition's, to tell whose a
 * file is; `skip` names files left out on purpose: the workers and their file lists, Pagefind's unused
 * wasm, the print page (it repeats every other page; it is kept once opened). `wasm` names the engine
 * each index loads, from Pagefind's pagefind-entry.json (Dari and Pashto load "unknown"); by default its own.
 */
export function offlineFiles(
  files: readonly SiteFile[],
  core: OfflineCore,
  cores: readonly OfflineCore[],
  skip: ReadonlySet<string>,
  wasm: ReadonlyMap<string, string> = new Map(),
): { core: SiteFile[]; save: SiteFile[] } {
  const pages = new Set(core.pages.map(pageFile));
  const paths = new Set(files.map((f) => f.path));
  const otherFolders = cores.map((c) => c.folder).filter((folder) => folder !== '' && folder !== core.folder);
  const fallback = offlineFallback(core, paths);
  /** Whether the file is this edition's or every edition's: not another edition's page or search file. */
  const ours = (path: string) => {
    const engine = wasmLanguage(path);
    if (engine) return engine === (wasm.get(core.index) ?? core.index);
    const language = searchFileLanguage(path);
    if (language) return language === core.index;
    return !otherFolders.some((folder) => path.startsWith(folder)) && (core.folder === '' || path.startsWith(core.folder) || !path.endsWith('.html'));
  };
  const beside = (path: string, folder: string) => path.startsWith(folder) && !path.slice(folder.length).includes('/') && !path.endsWith('.html');
  const inCore = (path: string) =>
    pages.has(path) ||
    path === fallback ||
    path.startsWith('_astro/') ||
    beside(path, '') ||
    beside(path, core.folder) ||
    /^pagefind\/(?:[^/]+|filter\/.+)$/.test(path) ||
    (core.searchIndex && /^pagefind\/(?:index|fragment)\//.test(path));
  const kept: SiteFile[] = [];
  const save: SiteFile[] = [];
  for (const file of files) {
    if (skip.has(file.path) || NEVER.test(file.path) || !ours(file.path)) continue;
    (inCore(file.path) ? kept : save).push(file);
  }
  return { core: kept, save };
}

/** The page an edition's worker shows offline for an address it has not kept: the edition's 404 page, or the site's. */
export const offlineFallback = (core: OfflineCore, paths: ReadonlySet<string>) => (paths.has(`${core.folder}404.html`) ? `${core.folder}404.html` : '404.html');

/** The file a page's site path is served from: "round-one/" → "round-one/index.html". */
export const pageFile = (sitePath: string) => `${sitePath}index.html`;

/** What is wrong with the lists against OFFLINE_LIMITS, each problem naming the files; empty when all is well. */
export function offlineProblems(lists: { core: readonly SiteFile[]; save: readonly SiteFile[] }, edition = ''): string[] {
  const problems: string[] = [];
  const tooLarge = [...lists.core, ...lists.save].filter((f) => f.bytes > OFFLINE_LIMITS.fileBytes && !OPEN_DATA.has(f.path));
  if (tooLarge.length) {
    problems.push(
      `${tooLarge.length === 1 ? 'A file is' : `${tooLarge.length} files are`} too large to keep for offline reading (at most ${megabytes(OFFLINE_LIMITS.fileBytes)} each, OFFLINE_LIMITS.fileBytes in src/lib/offline.ts); split the page or shorten it:\n` +
        tooLarge.map((f) => `  ${f.path}: ${megabytes(f.bytes)}`).join('\n'),
    );
  }
  const coreBytes = total(lists.core);
  const limit = OFFLINE_LIMITS.coreBytes;
  if (coreBytes > limit) {
    const largest = [...lists.core].sort((a, b) => b.bytes - a.bytes).slice(0, 10);
    problems.push(
      `The offline core${edition ? ` of the edition in ${edition}` : ''} is ${megabytes(coreBytes)} in ${lists.core.length} files, over its limit of ${megabytes(limit)} (OFFLINE_LIMITS.coreBytes in src/lib/offline.ts). The largest:\n` +
        largest.map((f) => `  ${f.path}: ${megabytes(f.bytes)}`).join('\n'),
    );
  }
  return problems;
}

export const total = (files: readonly SiteFile[]) => files.reduce((n, f) => n + f.bytes, 0);

/** "5.0 MB" (binary megabytes, as the limits are written). */
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
