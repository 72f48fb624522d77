/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every file worth compressing (policy.ts
 * shouldPrecompress), so servers send them as they are instead of compressing each response: npm run
 * serve does, and so does nginx with gzip_static (brotli_static with its module). Register it after
 * serviceWorker, so sw.js is compressed too and never lists the copies, and before hostingHeaders, whose
 * _headers is for the host alone. Deterministic (no timestamps in the output), so two builds are identical.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
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

/** Writes the compressed copies into a built site; returns how many files got them, their sizes and the brotli quality used. */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number; quality: number }> {
  const limit = pLimit(OPEN_FILES);
  const files = await Promise.all(listSiteFiles(dir).map((file) => limit(async () => {
    const path = join(dir, file);
    const { size } = await stat(path);
    return { path, size, compress: shouldPrecompress(`/${file}`, size) };
  })));
  const chosen = files.filter((f) => f.compress);
  const bytes = chosen.reduce((sum, f) => sum + f.size, 0);
  const quality = brotliQuality(bytes);
  let brotliBytes = 0;
  await Promise.all(chosen.map(({ path }) => limit(async () => {
    const body = await readFile(path);
    for (const { name, suffix } of ENCODINGS) {
      const compressed = await COMPRESS[name](body, quality);
      // A copy no smaller than the file would only cost a file.
      if (compressed.length >= body.length) continue;
      await writeFile(path + suffix, compressed);
      if (name === 'br') brotliBytes += compressed.length;
    }
  })));
  return { files: chosen.length, bytes, brotliBytes, quality };
}

export default function precompressed() {
  return siteIntegration('precompress', () => ({
    'astro:build:done': async ({ dir, logger }) => {
      const { files, bytes, brotliBytes, quality } = await precompress(fileURLToPath(dir));
      logger.info(`${files} files compressed ahead (.br, .gz): ${(bytes / 1024).toFixed(0)} KiB, ${(brotliBytes / 1024).toFixed(0)} KiB as brotli (quality ${quality}).`);
    },
  }));
}
