/**
 * Byte budgets that only a browser can measure: each page is loaded in a fresh context (cold cache, no
 * service worker) and every response body is measured gzipped; a failure lists what the page transferred.
 * The per-page CSS, script and precache budgets are read from the built files (tests/dist/budgets.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../support/project.ts';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { DEFAULT_EDITION } from '../../src/site.ts';
import { CHAPTER_IDS, ROUTES, routes } from '../support/site.ts';
import { describeTransfers, gzipSize, recordTransfers as record, type Transfer } from '../support/transfers.ts';
import { BUDGETS } from './budgets.ts';

test.use({ serviceWorkers: 'block' });

const sum = (ts: Transfer[]) => ts.reduce((n, t) => n + t.gzip, 0);

for (const edition of BUILT_EDITIONS) for (const id of CHAPTER_IDS) {
  const path = routes('/', edition).chapter(id);
  const withMap = readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('class="locator-map"');
  const chapter = edition.id === DEFAULT_EDITION.id ? BUDGETS.chapterFirstVisit : BUDGETS.chapterFirstVisitTranslated;
  const budget = chapter + (withMap ? BUDGETS.locatorMap : 0);
  test(`${path}: a first visit transfers at most ${budget / 1024} KB${withMap ? ', the locator map included' : ''}, with no script file`, async ({ page }) => {
    const transfers = await record(page, () => page.goto(path));
    expect(sum(transfers), `${path} grew past its budget: ${describeTransfers(transfers)}`).toBeLessThanOrEqual(budget);
    expect(transfers.filter((t) => t.kind === 'js'), describeTransfers(transfers)).toEqual([]);
  });
}

test(`a first search fetches at most ${BUDGETS.firstSearch / 1024} KB, all search files included`, async ({ page }) => {
  await page.goto(ROUTES.chapter('round-one'));
  await page.waitForLoadState('networkidle');
  const transfers = await record(page, async () => {
    await page.keyboard.press('/');
    // One query, entered at once: typed key by key, a prefix's results may load first (search starts
    // loading when the dialog opens), and the bytes would depend on the typing speed.
    await page.locator('#search-dialog input[type="search"]').fill('ceasefire');
    await expect(page.locator('#search-dialog [data-search-status]')).toContainText('“ceasefire”');
    await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
  });
  expect(transfers.some((t) => t.kind === 'wasm'), describeTransfers(transfers)).toBe(true);
  expect(sum(transfers), `the first search grew: ${describeTransfers(transfers)}`).toBeLessThanOrEqual(BUDGETS.firstSearch);
});

test('the service worker registers only after the page has loaded', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { registeredAt?: string };
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      w.registeredAt = document.readyState;
      return register(...args);
    };
  });
  await page.goto(ROUTES.chapter('round-one'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { registeredAt?: string }).registeredAt)).toBe('complete');
  await context.close();
});

test('the budgets read from dist/ measure what the production server sends', async ({ page, request }) => {
  // The server compresses on the wire; the budgets count the files themselves, gzipped. They agree only
  // if the bodies the server sends are the built files, byte for byte.
  // The largest stylesheet: the server leaves files under 1 KB uncompressed.
  const stylesheet = (await record(page, () => page.goto(ROUTES.home))).filter((t) => t.kind === 'css').sort((a, b) => b.gzip - a.gzip)[0]!;
  for (const [path, file] of [
    [ROUTES.home, 'index.html'],
    [stylesheet.path, stylesheet.path.slice(1)],
  ] as const) {
    const served = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(served.headers()['content-encoding'], `${path} is compressed on the wire`).toBe('gzip');
    const built = readFileSync(join(DIST, file));
    expect(gzipSize(await served.body()), path).toBe(gzipSize(built));
    expect((await served.body()).equals(built), `${path} is served as built`).toBe(true);
  }
  expect(stylesheet.gzip).toBe(gzipSize(readFileSync(join(DIST, stylesheet.path.slice(1)))));
});
