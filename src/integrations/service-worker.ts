/**
 * After the search index is written (register it after searchIndex): sorts the built files into the
 * offline core and the rest (src/lib/offline.ts), fails the build when either breaks its limits, and
 * writes dist/offline-files.json (the list "Save for offline reading" downloads) and dist/sw.js (the
 * worker in src/scripts/offline/worker.ts, bundled with Workbox's runtime and this build's core).
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
import { offlineFiles, offlineProblems, total, type OfflineCore } from '../lib/offline.ts';
import type { OfflineFileList, WorkerConfig } from '../scripts/offline/protocol.ts';
import { routes } from '../site.ts';
import { BUILT_EDITIONS } from '../i18n/index.ts';
import { siteIntegration } from './site-integration.ts';

export const SW_FILE = 'sw.js';
/** The list of every file the worker keeps; the "Read offline" page reads it to save the rest. */
export const FILE_LIST = 'offline-files.json';
const WORKER_SOURCE = fileURLToPath(new URL('../scripts/offline/worker.ts', import.meta.url));

const SELF_REMOVING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(
  caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))).then(() => self.registration.unregister()),
));
`;

/** The wasm files of languages the index doesn't have: Pagefind writes them, but no page loads them. */
function unusedWasm(site: string, files: readonly string[]): string[] {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string }>;
  };
  const used = new Set(Object.values(entry.languages).map((l) => `pagefind/wasm.${l.wasm}.pagefind`));
  return files.filter((f) => /^pagefind\/wasm\..+\.pagefind$/.test(f) && !used.has(f));
}

export interface OfflineSummary {
  build: string;
  core: { files: number; bytes: number };
  save: { files: number; bytes: number };
}

/**
 * Writes offline-files.json and sw.js into a built site (the folder of index.html), for the given core of
 * each edition; rejects, naming the files, when the core or a file is over OFFLINE_LIMITS.
 */
export async function writeServiceWorker(site: string, cores: readonly OfflineCore[]): Promise<OfflineSummary> {
  const paths = listFiles(site);
  // Left out on purpose: the worker and its list; the print editions (the whole explainer and each
  // chapter), which repeat the other pages (each is kept once opened, like any page); Pagefind's wasm for
  // languages the index doesn't have.
  const printFolders = BUILT_EDITIONS.map((e) => routes('/', e).print.slice(1));
  const skip = new Set([SW_FILE, FILE_LIST, ...paths.filter((p) => printFolders.some((folder) => p.startsWith(folder))), ...unusedWasm(site, paths)]);
  const lists = offlineFiles(
    paths.map((path) => ({ path, bytes: statSync(join(site, path)).size })),
    cores,
    skip,
  );
  const problems = offlineProblems(lists, BUILT_EDITIONS.length);
  if (problems.length) throw new Error(problems.join('\n'));

  const digests = new Map([...lists.core, ...lists.save].map((f) => [f.path, sha256(readFileSync(join(site, f.path)))]));
  const precache = lists.core.map((f) => ({ url: f.path, revision: isHashed(f.path) ? null : digests.get(f.path)! }));
  // The build's id follows every byte the worker keeps, so a changed page anywhere asks for a new save.
  const buildId = sha256([...digests].map(([path, digest]) => `${path} ${digest}\n`).join(''));

  const list: OfflineFileList = {
    build: buildId,
    cores: [...cores],
    precache: lists.core,
    save: lists.save.map((f) => ({ url: servedPath(f.path).slice(1), bytes: f.bytes })),
  };
  writeFileSync(join(site, FILE_LIST), `${JSON.stringify(list)}\n`);

  const config: WorkerConfig = { build: buildId, precache, files: FILE_LIST, fallback: '404.html', hashedPath: HASHED_PATH.source };
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
  writeFileSync(join(site, SW_FILE), bundle.outputFiles[0]!.contents);
  return {
    build: buildId,
    core: { files: lists.core.length, bytes: total(lists.core) },
    save: { files: lists.save.length, bytes: total(lists.save) },
  };
}

/** The file list of a built site. */
export function readFileList(site: string): OfflineFileList {
  return JSON.parse(readFileSync(join(site, FILE_LIST), 'utf8')) as OfflineFileList;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export default function serviceWorker() {
  return siteIntegration('service-worker', (site) => ({
    'astro:server:setup': ({ server }) => {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${site.base}${SW_FILE}`) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(SELF_REMOVING_WORKER);
      });
    },
    'astro:build:done': async ({ dir, logger }) => {
      const cores = BUILT_EDITIONS.map((edition) => buildState.offlineCoreOf(edition).read());
      const { core, save } = await writeServiceWorker(fileURLToPath(dir), cores);
      logger.info(`${SW_FILE}: precaches ${core.files} files, ${kib(core.bytes)}; saving for offline reading adds ${save.files} files, ${kib(save.bytes)}.`);
    },
  }));
}
