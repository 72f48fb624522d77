/**
 * `npm run package` on the real build: the archive holds the site, its service worker, its search index
 * and HOW-TO-SERVE.txt; unpacked and served as that file says (python3 -m http.server), search works.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extract, list } from 'tar';
import { packageSite } from '../../src/hosting/package.ts';
import { ROOT } from '../support/project.ts';
import { searchInDialog } from '../support/hosting.ts';

const DATE = '2026-03-01';
const FOLDER = `explainer-${DATE}`;
let tmp: string;
let archive: string;

test.beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'explainer-package-e2e-'));
  // The build that `npm test` has just made, as it is.
  archive = await packageSite({ root: ROOT, outDir: tmp, date: DATE, buildFirst: false });
});
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the archive holds the site, its service worker, its search index and HOW-TO-SERVE.txt', async () => {
  expect(archive).toBe(join(tmp, `${FOLDER}.tar.gz`));
  const names: string[] = [];
  await list({ file: archive, onReadEntry: (entry) => void names.push(entry.path) });
  for (const name of ['index.html', 'pagefind/pagefind.js', 'sw.js', 'HOW-TO-SERVE.txt', '_headers', '404.html']) {
    expect(names, name).toContain(`${FOLDER}/${name}`);
  }
  expect(names.some((n) => n.startsWith(`${FOLDER}/pagefind/fragment/`))).toBe(true);
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

test('unpacked and served with python3 -m http.server, as HOW-TO-SERVE.txt says, pages and search work', async ({ page }) => {
  test.skip(!hasPython, 'python3 is not installed');
  await extract({ file: archive, cwd: tmp });
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], { cwd: join(tmp, FOLDER) });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await expect.poll(async () => (await page.request.get(url).catch(() => null))?.status(), { timeout: 10_000 }).toBe(200);
    await page.goto(`${url}outlook/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await searchInDialog(page, 'ceasefire');
    await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
  } finally {
    server.kill();
  }
});
