/**
 * Byte budgets: deterministic, so they are tests. Each page is loaded in a fresh context (cold cache, no
 * service worker) and every response body is measured gzipped; a failure lists what the page transferred.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { allPages } from '../support/pages.ts';
import { BUDGETS, describe, gzipSize, precache, recordTransfers as record, type Transfer } from './budgets.ts';

test.use({ serviceWorkers: 'block' });

const sum = (ts: Transfer[]) => ts.reduce((n, t) => n + t.gzip, 0);
const chapters = ['background', 'round-one', 'round-two', 'outlook'];

for (const id of chapters) {
  test(`/${id}/: a first visit transfers at most ${BUDGETS.chapterFirstVisit / 1024} KB, with no script file`, async ({ page }) => {
    const transfers = await record(page, () => page.goto(`/${id}/`));
    expect(sum(transfers), `/${id}/ grew past its budget: ${describe(transfers)}`).toBeLessThanOrEqual(BUDGETS.chapterFirstVisit);
    expect(transfers.filter((t) => t.kind === 'js'), describe(transfers)).toEqual([]);
  });
}

for (const path of allPages()) {
  test(`${path}: CSS at most ${BUDGETS.css / 1024} KB, and no script but the inline one`, async ({ page }) => {
    const transfers = await record(page, () => page.goto(path));
    const css = transfers.filter((t) => t.kind === 'css');
    expect(sum(css), `${path} CSS grew: ${describe(css)}`).toBeLessThanOrEqual(BUDGETS.css);
    // The search page runs its own script, on purpose: it is search, opened.
    if (path !== '/search/') expect(transfers.filter((t) => t.kind === 'js'), describe(transfers)).toEqual([]);
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(inline.length, `${path}: inline scripts`).toBeLessThanOrEqual(1);
    for (const code of inline) expect(gzipSize(code), `${path}: the inline script grew`).toBeLessThanOrEqual(BUDGETS.inlineScript);
  });
}

test(`a first search fetches at most ${BUDGETS.firstSearch / 1024} KB, all search files included`, async ({ page }) => {
  await page.goto('/round-one/');
  await page.waitForLoadState('networkidle');
  const transfers = await record(page, async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('ceasefire');
    await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
  });
  expect(transfers.some((t) => t.kind === 'wasm'), describe(transfers)).toBe(true);
  expect(sum(transfers), `the first search grew: ${describe(transfers)}`).toBeLessThanOrEqual(BUDGETS.firstSearch);
});

test(`the service worker precaches at most ${BUDGETS.precache / 1024} KB, and only what the site uses`, () => {
  const files = precache(fileURLToPath(new URL('../../dist/', import.meta.url)));
  expect(sum(files), `the precache grew: ${describe(files)}`).toBeLessThanOrEqual(BUDGETS.precache);
  const paths = files.map((f) => f.path);
  expect(paths).toContain('pagefind/pagefind.js');
  expect(paths.filter((p) => /pagefind-(ui|component-ui|modular-ui|worker)\.|wasm\.unknown/.test(p))).toEqual([]);
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
  await page.goto('/round-one/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { registeredAt?: string }).registeredAt)).toBe('complete');
  await context.close();
});

test('the budgets measure what the host serves: gzip of the built files', () => {
  const html = readFileSync(new URL('../../dist/round-one/index.html', import.meta.url));
  expect(gzipSize(html)).toBeLessThan(html.length / 2);
});
