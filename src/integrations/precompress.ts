/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every file worth compressing (policy.ts
 * shouldPrecompress), so servers send them as they are instead of compressing each response: npm run
 * serve does, and so does nginx with gzip_static (brotli_static with its module). Deterministic (no
 * timestamps in the output), so two builds are identical.
 *
 * In two passes, since compressing a large site's pages takes as long as indexing them: `start`, registered
 * right after edition404, begins on the pages, styles and scripts while the search index is built (the
 * pages are final by then); `finish`, after serviceWorker and before hostingHeaders (whose _headers is for
 * the host alone), waits for it and does what the later steps wrote or changed: the index, sw.js.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ENCODINGS, shouldPrecompress, type Encoding } from '../hosting/policy.ts';
import { listSiteFiles } from '../hosting/site-files.ts';
import { lowestPriority, runWorkers } from '../lib/threads.ts';
import { siteIntegration } from './site-integration.ts';

/**
 * Brotli's best quality (11) makes files about 12 % smaller than quality 5 but takes some 25 times as long:
 * about a second per megabyte and core. For a site of up to BEST_QUALITY_BYTES of text (the real explainer
 * is about 2 MiB) that is a few seconds, well spent once for every reader; past it, a clean build would
 * spend most of its time here, so a larger site is compressed at quality 5, still smaller than the gzip beside it.
 */
export const BEST_QUALITY_BYTES = 16 * 1024 * 1024;
const FAST_QUALITY = 5;

const COMPRESS: Record<Encoding, (body: Buffer, quality: number) => Buffer> = {
  br: (body, quality) => brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  gzip: (body) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }),
};

/** The brotli quality for a site whose compressible files add up to `bytes`. */
export function brotliQuality(bytes: number): number {
  return bytes <= BEST_QUALITY_BYTES ? constants.BROTLI_MAX_QUALITY : FAST_QUALITY;
}

/** What a pass compressed: its counts, its brotli quality, and each file's size and time, to tell what changed after it. */
export interface Compressed {
  files: number;
  bytes: number;
  brotliBytes: number;
  quality: number;
  stamps: ReadonlyMap<string, string>;
}

/**
 * Writes each file's copies, one file after another, and returns the brotli bytes written. A copy no
 * smaller than its file would only cost a file, and one left from before the file changed would be stale.
 */
function compressFiles(paths: readonly string[], quality: number): number {
  let brotliBytes = 0;
  for (const path of paths) {
    const body = readFileSync(path);
    for (const { name, suffix } of ENCODINGS) {
      const compressed = COMPRESS[name](body, quality);
      if (compressed.length >= body.length) {
        rmSync(path + suffix, { force: true });
        continue;
      }
      writeFileSync(path + suffix, compressed);
      if (name === 'br') brotliBytes += compressed.length;
    }
  }
  return brotliBytes;
}

/** A worker takes at least this many files: fewer are compressed sooner than a thread starts. */
const FILES_PER_WORKER = 50;

/**
 * compressFiles in worker threads, one per core, which run at the lowest priority: the search index is
 * built meanwhile, and Pagefind, waiting on each page it is sent, would otherwise share the cores with
 * them and take twice as long.
 */
async function compressInWorkers(paths: readonly string[], quality: number, threads = availableParallelism()): Promise<number> {
  if (paths.length === 0) return 0;
  const workers = Math.max(1, Math.min(threads, Math.floor(paths.length / FILES_PER_WORKER)));
  // Every workers-th file, so that each worker gets a share of the large ones.
  const slices = Array.from({ length: workers }, (_, w) => paths.filter((_, i) => i % workers === w));
  const bytes = await runWorkers<number>(new URL(import.meta.url), slices.map((slice) => ({ precompress: { paths: slice, quality } })), 'compression');
  return bytes.reduce((sum, n) => sum + n, 0);
}

/**
 * Writes the compressed copies into a built site. Given an earlier pass, it does only the files that are
 * new or changed since, at that pass's quality (chosen from what it compressed: every page), and counts
 * both passes together.
 */
export async function precompress(dir: string, earlier?: Compressed): Promise<Compressed> {
  const files = listSiteFiles(dir).map((file) => {
    const path = join(dir, file);
    const { size, mtimeMs } = statSync(path);
    return { path, size, stamp: `${size}:${mtimeMs}`, compress: shouldPrecompress(`/${file}`, size) };
  });
  const changed = files.filter((f) => earlier?.stamps.get(f.path) !== f.stamp);
  const chosen = changed.filter((f) => f.compress);
  // A file that no longer needs copies after a change must not keep the ones of what it was.
  for (const { path } of changed.filter((f) => !f.compress && earlier?.stamps.has(f.path))) {
    for (const { suffix } of ENCODINGS) rmSync(path + suffix, { force: true });
  }
  const bytes = chosen.reduce((sum, f) => sum + f.size, 0);
  const quality = earlier?.quality ?? brotliQuality(bytes);
  const brotliBytes = await compressInWorkers(chosen.map((f) => f.path), quality);
  return {
    files: chosen.length + (earlier?.files ?? 0),
    bytes: bytes + (earlier?.bytes ?? 0),
    brotliBytes: brotliBytes + (earlier?.brotliBytes ?? 0),
    quality,
    stamps: new Map([...(earlier?.stamps ?? []), ...chosen.map((f) => [f.path, f.stamp] as const)]),
  };
}

export default function precompressed() {
  let first: Promise<Compressed> | undefined;
  return {
    start: siteIntegration('precompress-start', () => ({
      'astro:build:done': ({ dir }) => {
        first = precompress(fileURLToPath(dir));
        // Reported by finish, which awaits it; a build that stops before then has a reason of its own.
        first.catch(() => {});
      },
    })),
    finish: siteIntegration('precompress', () => ({
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, brotliBytes, quality } = await precompress(fileURLToPath(dir), await first);
        logger.info(`${files} files compressed ahead (.br, .gz): ${(bytes / 1024).toFixed(0)} KiB, ${(brotliBytes / 1024).toFixed(0)} KiB as brotli (quality ${quality}).`);
      },
    })),
  };
}

// In a worker started by compressInWorkers: give way to the build's own thread, then compress the files given.
if (!isMainThread && workerData?.precompress) {
  lowestPriority();
  const { paths, quality } = workerData.precompress as { paths: string[]; quality: number };
  parentPort!.postMessage(compressFiles(paths, quality));
}
