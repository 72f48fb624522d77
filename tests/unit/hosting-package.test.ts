import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { list } from 'tar';
import { buildNeeded, howToServe, packageSite } from '../../src/hosting/package.ts';
import { headersFile } from '../../src/hosting/policy.ts';

/** A project folder with a fake build in dist/, made for the given base path. */
function fakeProject(base: string): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-package-test-'));
  const files = ['index.html', '404.html', 'sw.js', 'pagefind/pagefind.js', 'round-one/index.html'];
  for (const file of files) {
    mkdirSync(dirname(join(root, 'dist', file)), { recursive: true });
    writeFileSync(join(root, 'dist', file), file);
  }
  writeFileSync(join(root, 'dist', '_headers'), headersFile({ base, files, scriptHashes: [] }));
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

test('HOW-TO-SERVE.txt: the one-line server, why files from disk fail, and what any server needs', () => {
  const text = howToServe('/', '2026-03-01');
  assert.match(text, /python3 -m http\.server 8000/);
  assert.match(text, /open http:\/\/localhost:8000\/ in a browser/);
  assert.match(text, /file:\/\//);
  assert.match(text, /application\/wasm/);
  assert.match(text, /_headers/);
  assert.match(text, /nginx/);
  assert.match(howToServe('/explainers/afghanistan/', '2026-03-01'), /open http:\/\/localhost:8000\/explainers\/afghanistan\/ /);
});
