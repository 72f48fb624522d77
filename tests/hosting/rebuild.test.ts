/**
 * A rebuild under a running server: the server is started on a copy of dist/, then the copy is rebuilt
 * the way astro build does it (the folder emptied, the files written one by one, some slowly, _headers
 * last). Until the new build is complete the old site is served whole; then the new one, new hashed files
 * and new ETags included.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { startServer } from '../../src/hosting/server.ts';
import { distFiles } from '../support/dist-files.ts';
import { get } from '../support/http.ts';
import { DIST } from '../support/project.ts';
import { ROUTES } from '../support/site.ts';

const CHAPTER = ROUTES.chapter('round-one');
const NEW_ASSET = '_astro/revision.Zx81kQ2a.css';

/** The next build: a chapter revised and linking a stylesheet with a new hashed name. */
function nextBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-next-build-'));
  cpSync(DIST, dir, { recursive: true });
  const page = join(dir, CHAPTER.slice(1), 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `<link rel="stylesheet" href="/${NEW_ASSET}"></head>`).replace('</main>', '<p id="revised">Revised</p></main>'));
  writeFileSync(join(dir, NEW_ASSET), '#revised { color: inherit }');
  return dir;
}

test('while a build replaces the files, the old site is served whole; once it is complete, the new one', { timeout: 120_000 }, async () => {
  const served = mkdtempSync(join(tmpdir(), 'explainer-served-'));
  cpSync(DIST, served, { recursive: true });
  const next = nextBuild();
  const swaps: string[] = [];
  const site = await startServer({ dir: served, port: 0, log: (message) => swaps.push(message) });
  const page = (path: string, headers: Record<string, string> = {}) => get(site.url, path, { headers });
  try {
    const before = await page(CHAPTER);
    const oldBody = readFileSync(join(DIST, CHAPTER.slice(1), 'index.html'));
    assert.ok(before.body.equals(oldBody));
    const oldHome = (await page('/')).body;

    /** Every answer now must be the old build's, byte for byte. */
    const assertOld = async (when: string) => {
      const chapter = await page(CHAPTER);
      assert.equal(chapter.status, 200, when);
      assert.ok(chapter.body.equals(oldBody), `${when}: the old chapter, whole`);
      assert.equal(chapter.headers.etag, before.headers.etag, when);
      assert.equal((await page(CHAPTER, { 'If-None-Match': before.headers.etag! })).status, 304, when);
      assert.ok((await page('/')).body.equals(oldHome), `${when}: the old home page`);
      assert.equal((await page(`/${NEW_ASSET}`)).status, 404, `${when}: the new build's files aren't there yet`);
    };

    // astro build empties the output folder first.
    for (const name of readdirSync(served)) rmSync(join(served, name), { recursive: true, force: true });
    await assertOld('with the folder emptied');
    const files = distFiles(next).filter((f) => f !== '_headers');
    for (const [i, file] of files.entries()) {
      mkdirSync(dirname(join(served, file)), { recursive: true });
      const body = readFileSync(join(next, file));
      // Some files arrive in two writes, as large writes do; a reader may see the first half.
      writeFileSync(join(served, file), body.subarray(0, body.length >> 1));
      if (i % 40 === 0) await assertOld(`with ${file} half written`);
      appendFileSync(join(served, file), body.subarray(body.length >> 1));
    }
    // Longer than the server waits for a build to settle: without _headers, the build isn't complete.
    await sleep(1500);
    await assertOld('with every file but _headers written');
    assert.deepEqual(swaps, []);

    writeFileSync(join(served, '_headers'), readFileSync(join(next, '_headers')));
    const deadline = Date.now() + 30_000;
    while (!(await page(CHAPTER)).body.includes('id="revised"')) {
      assert.ok(Date.now() < deadline, 'the new build was never served');
      await sleep(100);
    }
    const after = await page(CHAPTER);
    assert.ok(after.body.equals(readFileSync(join(next, CHAPTER.slice(1), 'index.html'))), 'the new chapter, whole');
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.equal((await page(CHAPTER, { 'If-None-Match': before.headers.etag! })).status, 200, 'the old ETag is stale');
    const asset = await page(`/${NEW_ASSET}`);
    assert.equal(asset.status, 200);
    assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(swaps.length, 1);
    assert.match(swaps[0]!, /Serving the new build/);
  } finally {
    await site.close();
    rmSync(served, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  }
});

test('a new build for another base path is refused, and the old one stays', { timeout: 60_000 }, async () => {
  const served = mkdtempSync(join(tmpdir(), 'explainer-served-'));
  cpSync(DIST, served, { recursive: true });
  const messages: string[] = [];
  const site = await startServer({ dir: served, port: 0, log: (message) => messages.push(message) });
  try {
    const headers = readFileSync(join(served, '_headers'), 'utf8');
    writeFileSync(join(served, '_headers'), headers.replace(/^\/(\S*)$/gm, '/elsewhere/$1'));
    const deadline = Date.now() + 30_000;
    while (messages.length === 0) {
      assert.ok(Date.now() < deadline, 'the new build was never looked at');
      await sleep(100);
    }
    assert.match(messages[0]!, /Still serving the previous build: .* was built for the base path \/elsewhere\//);
    assert.equal((await get(site.url, CHAPTER)).status, 200);
  } finally {
    await site.close();
    rmSync(served, { recursive: true, force: true });
  }
});
