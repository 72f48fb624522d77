/**
 * After the search index is written (register it after searchIndex): for each edition, sorts the built
 * files into its offline core and the rest (src/lib/offline.ts), fails the build when either breaks its
 * limits, and writes, in the edition's folder, offline-files.json (the list "Save for offline reading"
 * downloads) and sw.js (the worker in src/scripts/offline/worker.ts, bundled with Workbox's runtime and
 * the edition's core): dist/sw.js for English, dist/fa/sw.js for Dari, each scoped to its folder.
 * In `astro dev` it serves a worker that removes itself instead, so a worker left behind by a preview
 * on the same port can't serve stale pages while writing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildState } from '../build-state.ts';
import { HASHED_PATH, isHashed, servedPath } from '../hosting/policy.ts';
import { listFiles } from '../hosting/site-files.ts';
import { offlineFallback, offlineFiles, offlineProblems, total, type OfflineCore, type SiteFile } from '../lib/offline.ts';
import type { OfflineFileList, WorkerConfig } from '../scripts/offline/protocol.ts';
import { BUILT_EDITIONS } from '../i18n/index.ts';
import { siteIntegration } from './site-integration.ts';

/** The worker, in each edition's folder. */
export const SW_FILE = 'sw.js';
/** The list of every file an edition's worker keeps, beside it; the "Read offline" page reads it to save the rest. */
export const FILE_LIST = 'offline-files.json';
const WORKER_SOURCE = fileURLToPath(new URL('../scripts/offline/worker.ts', import.meta.url));

const SELF_REMOVING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(
  caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))).then(() => self.registration.unregister()),
));
`;

/**
 * The wasm engine each language of the index loads, from Pagefind's entry file: a language it can't stem
 * (Dari, Pashto) has none there, and pagefind.js then loads the "unknown" one.
 */
function searchEngines(site: string): Map<string, string> {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  return new Map(Object.entries(entry.languages).map(([language, l]) => [language, l.wasm ?? 'unknown']));
}

/** The wasm files of languages the index doesn't have: Pagefind writes them, but no page loads them. */
function unusedWasm(engines: ReadonlyMap<string, string>, files: readonly string[]): string[] {
  const used = new Set([...engines.values()].map((wasm) => `pagefind/wasm.${wasm}.pagefind`));
  return files.filter((f) => /^pagefind\/wasm\..+\.pagefind$/.test(f) && !used.has(f));
}

export interface OfflineSummary {
  /** The edition's folder ("" for English, "fa/"). */
  folder: string;
  build: string;
  core: { files: number; bytes: number };
  save: { files: number; bytes: number };
}

/**
 * Writes each edition's offline-files.json and sw.js into a built site (the folder of index.html), for
 * the given core of every edition; rejects, naming the files, when a core or a file is over OFFLINE_LIMITS.
 */
export async function writeServiceWorker(site: string, cores: readonly OfflineCore[]): Promise<OfflineSummary[]> {
  const paths = listFiles(site);
  // Left out on purpose: the workers and their lists; the print page (the whole explainer), which repeats
  // the other pages (it is kept once opened, like any page); Pagefind's wasm for languages the index doesn't have.
  const workers = cores.flatMap((c) => [c.folder + SW_FILE, c.folder + FILE_LIST]);
  const prints = cores.map((c) => `${c.folder}print/index.html`);
  const engines = searchEngines(site);
  const skip = new Set([...workers, ...prints, ...unusedWasm(engines, paths)]);
  const files = paths.map((path) => ({ path, bytes: statSync(join(site, path)).size }));
  const editions = cores.map((core) => ({ core, lists: offlineFiles(files, core, cores, skip, engines) }));
  const problems = editions.flatMap(({ core, lists }) => offlineProblems(lists, core.folder));
  if (problems.length) throw new Error(problems.join('\n'));
  const existing = new Set(paths);
  return Promise.all(editions.map(({ core, lists }) => writeEditionWorker(site, core, cores, lists, offlineFallback(core, existing))));
}

async function writeEditionWorker(
  site: string,
  core: OfflineCore,
  cores: readonly OfflineCore[],
  lists: { core: SiteFile[]; save: SiteFile[] },
  fallback: string,
): Promise<OfflineSummary> {
  // Addresses relative to the worker and its list, which sit in the edition's folder: "../_astro/…" from "fa/".
  const root = '../'.repeat(core.folder.split('/').length - 1);
  const digests = new Map([...lists.core, ...lists.save].map((f) => [f.path, sha256(readFileSync(join(site, f.path)))]));
  const precache = lists.core.map((f) => ({ url: root + f.path, revision: isHashed(f.path) ? null : digests.get(f.path)! }));
  // The build's id follows every byte the worker keeps, so a changed page anywhere asks for a new save.
  const buildId = sha256([...digests].map(([path, digest]) => `${path} ${digest}\n`).join(''));

  const list: OfflineFileList = {
    build: buildId,
    cores: [...cores],
    precache: lists.core,
    save: lists.save.map((f) => ({ url: root + servedPath(f.path).slice(1), bytes: f.bytes })),
  };
  writeFileSync(join(site, core.folder, FILE_LIST), `${JSON.stringify(list)}\n`);

  const config: WorkerConfig = { build: buildId, precache, files: FILE_LIST, fallback: root + fallback, root, hashedPath: HASHED_PATH.source };
  const bundle = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    // Workbox's development logging is compiled out.
    define: { OFFLINE: JSON.stringify(config), 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
  });
  writeFileSync(join(site, core.folder, SW_FILE), bundle.outputFiles[0]!.contents);
  return {
    folder: core.folder,
    build: buildId,
    core: { files: lists.core.length, bytes: total(lists.core) },
    save: { files: lists.save.length, bytes: total(lists.save) },
  };
}

/** The file list of one edition of a built site (by its folder: "" for English, "fa/"). */
export function readFileList(site: string, folder = ''): OfflineFileList {
  return JSON.parse(readFileSync(join(site, folder, FILE_LIST), 'utf8')) as OfflineFileList;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export default function serviceWorker() {
  return siteIntegration('service-worker', (site) => ({
    'astro:server:setup': ({ server }) => {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (!BUILT_EDITIONS.some((e) => path === `${site.base}${e.prefix}${SW_FILE}`)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(SELF_REMOVING_WORKER);
      });
    },
    'astro:build:done': async ({ dir, logger }) => {
      const cores = BUILT_EDITIONS.map((edition) => buildState.offlineCoreOf(edition).read());
      for (const { folder, core, save } of await writeServiceWorker(fileURLToPath(dir), cores)) {
        logger.info(`${folder}${SW_FILE}: precaches ${core.files} files, ${kib(core.bytes)}; saving for offline reading adds ${save.files} files, ${kib(save.bytes)}.`);
      }
    },
  }));
}
