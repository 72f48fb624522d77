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
import { ENCODINGS, shouldPrecompress, type Encoding } from '../hosting/policy.ts';
import { listSiteFiles } from '../hosting/site-files.ts';
import { siteIntegration } from './site-integration.ts';

const COMPRESS: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  // The smallest either format can make: the work is done once, at build time.
  br: (body) => promisify(brotliCompress)(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  gzip: (body) => promisify(gzip)(body, { level: constants.Z_BEST_COMPRESSION }),
};

/** Writes the compressed copies into a built site; returns how many files got them and their sizes. */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  const files = listSiteFiles(dir);
  await Promise.all(files.map(async (file) => {
    const path = join(dir, file);
    if (!shouldPrecompress(`/${file}`, (await stat(path)).size)) return;
    const body = await readFile(path);
    totals.files++;
    totals.bytes += body.length;
    for (const { name, suffix } of ENCODINGS) {
      const compressed = await COMPRESS[name](body);
      // A copy no smaller than the file would only cost a file.
      if (compressed.length >= body.length) continue;
      await writeFile(path + suffix, compressed);
      if (name === 'br') totals.brotliBytes += compressed.length;
    }
  }));
  return totals;
}

export default function precompressed() {
  return siteIntegration('precompress', () => ({
    'astro:build:done': async ({ dir, logger }) => {
      const { files, bytes, brotliBytes } = await precompress(fileURLToPath(dir));
      logger.info(`${files} files compressed ahead (.br, .gz): ${(bytes / 1024).toFixed(0)} KiB, ${(brotliBytes / 1024).toFixed(0)} KiB as brotli.`);
    },
  }));
}
