import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { list } from 'tar';
import { buildNeeded, howToServe, packageSite, sourceDateEpoch } from '../../src/hosting/package.ts';
import { writeFakeBuild } from '../support/hosting.ts';

/** A project folder with a fake build in dist/, made for the given base path. */
function fakeProject(base: string): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-package-test-'));
  writeFakeBuild(join(root, 'dist'), base);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'page.astro'), '');
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(root, 'src', 'page.astro'), past, past);
  return root;
}

async function entries(file: string): Promise<string[]> {
  const names: string[] = [];
  await list({ file, onReadEntry: (entry) => void names.push(entry.path) });
  return names;
}

test('a current build is packed as it is; a missing, stale or other-base build is rebuilt first', () => {
  const root = fakeProject('/');
  try {
    const dist = join(root, 'dist');
    assert.equal(buildNeeded(root, dist, '/'), undefined);
    assert.match(buildNeeded(root, dist, '/sub/')!, /base path \/, not \/sub\//);
    writeFileSync(join(root, 'src', 'page.astro'), 'edited');
    assert.match(buildNeeded(root, dist, '/')!, /sources changed/);
    rmSync(join(dist, 'sw.js'));
    assert.match(buildNeeded(root, dist, '/')!, /no complete build/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the archive holds the site and HOW-TO-SERVE.txt in one dated folder', async () => {
  const root = fakeProject('/');
  try {
    const file = await packageSite({ root, outDir: join(root, 'out'), date: '2026-03-01' });
    assert.equal(file, join(root, 'out', 'explainer-2026-03-01.tar.gz'));
    const names = await entries(file);
    for (const name of ['index.html', 'pagefind/pagefind.js', 'sw.js', 'round-one/index.html', 'HOW-TO-SERVE.txt']) {
      assert.ok(names.includes(`explainer-2026-03-01/${name}`), `${name} in ${names.join(' ')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a build for a base path sits in the same sub-folders, so serving the top folder serves that path', async () => {
  const root = fakeProject('/explainers/afghanistan/');
  try {
    const file = await packageSite({ root, outDir: root, date: '2026-03-01', buildFirst: false });
    const names = await entries(file);
    assert.ok(names.includes('explainer-2026-03-01/explainers/afghanistan/index.html'), names.join(' '));
    assert.ok(names.includes('explainer-2026-03-01/HOW-TO-SERVE.txt'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('two runs give byte-identical archives, whatever the files’ times, modes and order on disk', async () => {
  const root = fakeProject('/');
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1764547200'; // 1 December 2025, 00:00 UTC
  try {
    const first = await packageSite({ root, outDir: join(root, 'a'), buildFirst: false });
    // The same build copied again later: new times, another mode, the same content.
    utimesSync(join(root, 'dist', 'index.html'), new Date(), new Date());
    chmodSync(join(root, 'dist', 'sw.js'), 0o664);
    const second = await packageSite({ root, outDir: join(root, 'b'), buildFirst: false });
    assert.equal(first, join(root, 'a', 'explainer-2025-12-01.tar.gz'), 'named for the source date');
    assert.ok(readFileSync(first).equals(readFileSync(second)), 'the two archives differ');

    const seen: { path: string; mtime?: number; mode?: number; uid?: number }[] = [];
    await list({ file: first, onReadEntry: (e) => void seen.push({ path: e.path, mtime: e.mtime?.getTime(), mode: e.mode, uid: e.uid }) });
    const paths = seen.map((e) => e.path);
    assert.deepEqual(paths, [...paths].sort(), 'entries in sorted order');
    for (const e of seen.filter((x) => !x.path.endsWith('/'))) {
      assert.equal(e.mtime, 1764547200_000, e.path);
      assert.equal(e.mode, 0o644, e.path);
      assert.ok(!e.uid, e.path);
    }
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
    rmSync(root, { recursive: true, force: true });
  }
});

test('the source date: SOURCE_DATE_EPOCH, else the last commit, else the build', () => {
  const root = fakeProject('/');
  const previous = process.env.SOURCE_DATE_EPOCH;
  try {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    assert.equal(sourceDateEpoch(root, join(root, 'dist')), 1700000000);
    delete process.env.SOURCE_DATE_EPOCH;
    // No git repository here: the time _headers, the build's last file, was written.
    utimesSync(join(root, 'dist', '_headers'), new Date(1_600_000_000_500), new Date(1_600_000_000_500));
    assert.equal(sourceDateEpoch(root, join(root, 'dist')), 1_600_000_000);
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
    rmSync(root, { recursive: true, force: true });
  }
});

test('HOW-TO-SERVE.txt: the one-line server and what it lacks, why files from disk fail, and what any server needs', () => {
  const text = howToServe('/', '2026-03-01');
  assert.match(text, /python3 -m http\.server 8000/);
  assert.match(text, /Python's server sends none of the security headers/);
  assert.match(text, /gzip_static on/);
  assert.match(text, /Referrer-Policy/);
  assert.match(text, /open http:\/\/localhost:8000\/ in a browser/);
  assert.match(text, /file:\/\//);
  assert.match(text, /application\/wasm/);
  assert.match(text, /_headers/);
  assert.match(text, /nginx/);
  assert.match(text, /KIWIX AND INTERNET-IN-A-BOX[\s\S]*npm run package:zim[\s\S]*kiwix-serve --port 8080 explainer_<date>\.zim/);
  assert.match(howToServe('/explainers/afghanistan/', '2026-03-01'), /open http:\/\/localhost:8000\/explainers\/afghanistan\/ /);
});
