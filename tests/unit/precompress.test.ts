import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { BEST_QUALITY_BYTES, brotliQuality, precompress } from '../../src/integrations/precompress.ts';

test('a small site gets brotli at its best quality, a large one a fast quality', () => {
  assert.equal(brotliQuality(2 * 1024 * 1024), constants.BROTLI_MAX_QUALITY);
  assert.equal(brotliQuality(BEST_QUALITY_BYTES), constants.BROTLI_MAX_QUALITY);
  assert.ok(brotliQuality(BEST_QUALITY_BYTES + 1) < constants.BROTLI_MAX_QUALITY);
});

test('writes .br and .gz copies that decompress to the file, and skips files too small to gain', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  try {
    const page = `<!doctype html><title>t</title>${'<p>The talks resumed in Doha. '.repeat(200)}`;
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    const result = await precompress(dir);
    assert.equal(result.files, 1);
    assert.equal(result.quality, constants.BROTLI_MAX_QUALITY);
    assert.equal(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString(), page);
    assert.equal(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString(), page);
    assert.ok(!existsSync(join(dir, 'tiny.css.br')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
