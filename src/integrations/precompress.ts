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
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import pLimit from 'p-limit';
import { ENCODINGS, shouldPrecompress, type Encoding } from '../hosting/policy.ts';
import { listSiteFiles, OPEN_FILES } from '../hosting/site-files.ts';
import { siteIntegration } from './site-integration.ts';

/**
 * Brotli's best quality (11) makes files about 12 % smaller than quality 5 but takes some 25 times as long:
 * about a second per megabyte and core. For a site of up to BEST_QUALITY_BYTES of text (the real explainer
 * is about 2 MiB) that is a few seconds, well spent once for every reader; past it, a clean build would
 * spend most of its time here, so a larger site is compressed at quality 5, still smaller than the gzip beside it.
 */
export const BEST_QUALITY_BYTES = 16 * 1024 * 1024;
const FAST_QUALITY = 5;

const COMPRESS: Record<Encoding, (body: Buffer, quality: number) => Promise<Buffer>> = {
  br: (body, quality) => promisify(brotliCompress)(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  gzip: (body) => promisify(gzip)(body, { level: constants.Z_BEST_COMPRESSION }),
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
 * Writes the compressed copies into a built site. Given an earlier pass, it does only the files that are
 * new or changed since, at that pass's quality (chosen from what it compressed: every page), and counts
 * both passes together.
 */
export async function precompress(dir: string, earlier?: Compressed): Promise<Compressed> {
  const limit = pLimit(OPEN_FILES);
  const files = await Promise.all(listSiteFiles(dir).map((file) => limit(async () => {
    const path = join(dir, file);
    const { size, mtimeMs } = await stat(path);
    return { path, size, stamp: `${size}:${mtimeMs}`, compress: shouldPrecompress(`/${file}`, size) };
  })));
  const changed = files.filter((f) => earlier?.stamps.get(f.path) !== f.stamp);
  const chosen = changed.filter((f) => f.compress);
  // A file that no longer needs copies after a change must not keep the ones of what it was.
  const dropped = changed.filter((f) => !f.compress && earlier?.stamps.has(f.path));
  await Promise.all(dropped.flatMap(({ path }) => ENCODINGS.map(({ suffix }) => rm(path + suffix, { force: true }))));
  const bytes = chosen.reduce((sum, f) => sum + f.size, 0);
  const quality = earlier?.quality ?? brotliQuality(bytes);
  let brotliBytes = 0;
  await Promise.all(chosen.map(({ path }) => limit(async () => {
    const body = await readFile(path);
    for (const { name, suffix } of ENCODINGS) {
      const compressed = await COMPRESS[name](body, quality);
      // A copy no smaller than the file would only cost a file (and one from before a change is stale).
      if (compressed.length >= body.length) {
        if (earlier) await rm(path + suffix, { force: true });
        continue;
      }
      await writeFile(path + suffix, compressed);
      if (name === 'br') brotliBytes += compressed.length;
    }
  })));
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
