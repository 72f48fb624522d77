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

test('a second pass does only what is new or changed since the first, at its quality, and counts both', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  try {
    const page = (words: string) => `<!doctype html><title>t</title>${`<p>${words} `.repeat(200)}`;
    writeFileSync(join(dir, 'index.html'), page('The talks resumed in Doha.'));
    writeFileSync(join(dir, 'about.html'), page('About the explainer.'));
    const first = await precompress(dir);
    const untouched = readFileSync(join(dir, 'about.html.br'));
    // Written after the first pass: a new file, a changed one, and a change that no longer compresses.
    writeFileSync(join(dir, 'sw.js'), `self.addEventListener('fetch', () => {});\n`.repeat(50));
    writeFileSync(join(dir, 'index.html'), page('The talks stalled in Doha.'));
    const second = await precompress(dir, first);
    assert.equal(second.files, 4);
    assert.equal(second.quality, first.quality);
    assert.equal(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString(), page('The talks stalled in Doha.'));
    assert.ok(existsSync(join(dir, 'sw.js.br')));
    assert.deepEqual(readFileSync(join(dir, 'about.html.br')), untouched);
    writeFileSync(join(dir, 'index.html'), 'x');
    await precompress(dir, second);
    assert.ok(!existsSync(join(dir, 'index.html.br')), 'a copy of the file before it changed is left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
