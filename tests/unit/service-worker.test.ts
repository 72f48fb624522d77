/**
 * The build's last offline step on a small site in a temporary folder (no Astro build): what it writes,
 * and the build failure a page too large to keep offline causes, where Workbox left it out silently.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { FILE_LIST, SW_FILE, readFileList, writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { offlineCore } from '../../src/lib/offline.ts';
import { DEFAULT_EDITION } from '../../src/site.ts';

const CORE = [offlineCore(['round-one', 'round-two'], DEFAULT_EDITION)];

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-sw-test-'));
  const all = {
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Not found</h1>',
    'round-one/index.html': '<h1>Round one</h1>',
    'timeline/round-one/index.html': '<h1>Timeline</h1>',
    'print/index.html': '<h1>Everything</h1>',
    'round-one/index.html.br': 'compressed',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { 'en-gb': { wasm: 'en-gb' } } }),
    'pagefind/wasm.en-gb.pagefind': 'wasm',
    'pagefind/wasm.unknown.pagefind': 'wasm',
    ...files,
  };
  for (const [path, body] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

test('writes the worker and the list of what it keeps; a changed page gives a new build id', async () => {
  const dir = site({});
  try {
    const [summary] = await writeServiceWorker(dir, CORE);
    const list = readFileList(dir);
    assert.equal(list.build, summary!.build);
    assert.deepEqual(list.cores, CORE);
    assert.deepEqual(list.precache.map((f) => f.path), ['404.html', 'index.html', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'pagefind/wasm.en-gb.pagefind', 'round-one/index.html']);
    // The print edition, precompressed copies and the wasm of languages the index lacks are in neither list.
    assert.deepEqual(list.save, [{ url: 'timeline/round-one/', bytes: '<h1>Timeline</h1>'.length }]);
    const worker = readFileSync(join(dir, SW_FILE), 'utf8');
    assert.ok(worker.includes(`"${summary!.build}"`), 'the worker carries its build id');
    assert.doesNotMatch(worker, /process\.env|__WB_MANIFEST/);

    writeFileSync(join(dir, 'timeline/round-one/index.html'), '<h1>Timeline, revised</h1>');
    assert.notEqual((await writeServiceWorker(dir, CORE))[0]!.build, summary!.build);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 5 MB page fails the build, named with its size, and no worker is written', async () => {
  const dir = site({ 'round-two/index.html': Buffer.alloc(5 * 1024 * 1024, 'a') });
  try {
    await assert.rejects(writeServiceWorker(dir, CORE), (error: Error) => {
      assert.match(error.message, /too large to keep for offline reading/);
      assert.match(error.message, /round-two\/index\.html: 5\.0 MB/);
      return true;
    });
    assert.throws(() => readFileSync(join(dir, SW_FILE)));
    assert.throws(() => readFileSync(join(dir, FILE_LIST)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('each edition gets its own worker and list in its folder, with addresses relative to them', async () => {
  const fa = offlineCore(['round-one'], { id: 'fa', lang: 'fa-AF', dir: 'rtl', prefix: 'fa/' });
  const dir = site({
    'fa/index.html': '<h1>خانه</h1>',
    'fa/404.html': '<h1>پیدا نشد</h1>',
    'fa/round-one/index.html': '<h1>دور اول</h1>',
    'fa/timeline/round-one/index.html': '<h1>جدول</h1>',
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { 'en-gb': { wasm: 'en-gb' }, 'fa-af': { wasm: null } } }),
  });
  try {
    const summaries = await writeServiceWorker(dir, [...CORE, fa]);
    assert.deepEqual(summaries.map((s) => s.folder), ['', 'fa/']);
    const list = readFileList(dir, 'fa/');
    assert.deepEqual(list.precache.map((f) => f.path), ['fa/404.html', 'fa/index.html', 'fa/round-one/index.html', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'pagefind/wasm.unknown.pagefind']);
    assert.deepEqual(list.save, [{ url: '../fa/timeline/round-one/', bytes: Buffer.byteLength('<h1>جدول</h1>') }]);
    const worker = readFileSync(join(dir, 'fa', SW_FILE), 'utf8');
    for (const url of ['"../fa/404.html"', '"../pagefind/pagefind.js"', 'root:"../"']) assert.ok(worker.includes(url), url);
    // English keeps none of the Dari edition.
    assert.deepEqual(readFileList(dir).precache.filter((f) => f.path.includes('fa')), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
