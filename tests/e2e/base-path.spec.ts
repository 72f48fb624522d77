/**
 * SITE_BASE: a build for /explainers/afghanistan/, served there by `npm run serve --base`, works in full:
 * links, assets, search results, the timeline, who's who, the 404 page, the service worker's scope and
 * the saved offline copy.
 * One build for the whole file (about 15 s), so its tests run in order in one worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build, copyProject, removeProject } from '../support/build.ts';
import { distFiles, htmlFiles } from '../support/dist-files.ts';
import { searchInDialog, spawnServe } from '../support/hosting.ts';
import { waitForOfflineCache } from '../support/offline.ts';
import { checkLinks } from '../support/links.ts';
import { CHAPTER_IDS, allPages, editionOfPage, routes } from '../support/site.ts';
import { DEFAULT_EDITION } from '../../src/site.ts';

const BASE = '/explainers/afghanistan/';
const R = routes(BASE);
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let project: string;
let dist: string;
let site: { url: string; stop(): void };
let pages: string[];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = copyProject();
  const result = await build(project, { SITE_BASE: BASE });
  if (result.status !== 0) throw new Error(`The base-path build failed:\n${result.output}`);
  dist = join(project, 'dist');
  site = await spawnServe(dist, BASE);
  pages = allPages(dist);
});

test.afterAll(() => {
  site?.stop();
  if (project) removeProject(project);
});

const at = (path: string) => new URL(path, site.url).href;

test('the server mounts the site at the base path', async ({ request }) => {
  expect(site.url.endsWith(BASE)).toBe(true);
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.every((p) => p.startsWith(BASE)), pages.join(' ')).toBe(true);
  const root = await request.get(new URL('/', site.url).href, { maxRedirects: 0 });
  expect(root.headers()['location']).toBe(BASE);
});

test('every address in the pages and stylesheets stays under the base', () => {
  const outside: string[] = [];
  let checked = 0;
  for (const file of distFiles(dist).filter((f) => /\.(html|css)$/.test(f))) {
    const text = readFileSync(join(dist, file), 'utf8');
    const addresses = [...text.matchAll(/\s(?:href|src|action)="([^"]*)"|url\(\s*['"]?([^'")]*)/g)].map((m) => m[1] ?? m[2]!);
    for (const address of addresses.filter((a) => a.startsWith('/'))) {
      checked++;
      if (!address.startsWith(BASE)) outside.push(`${file}: ${address}`);
    }
  }
  expect(checked, 'root-relative addresses found').toBeGreaterThan(pages.length * 10);
  expect(outside).toEqual([]);
});

test('every internal link and asset of the build resolves under the base', async () => {
  test.setTimeout(120_000);
  const report = await checkLinks(dist, htmlFiles(dist));
  expect(report.checked).toBeGreaterThan(pages.length * 2);
  expect(report.broken).toEqual([]);
});

test('home links to each chapter, which opens', async ({ page }) => {
  await page.goto(site.url);
  const chapters = page.locator(`main a[href^="${BASE}"][href$="/"]`).filter({ hasText: /\w/ });
  const hrefs = new Set(await chapters.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
  for (const id of CHAPTER_IDS) expect(hrefs).toContain(R.chapter(id));
  await page.locator(`main a[href="${R.chapter('round-one')}"]`).first().click();
  await expect(page).toHaveURL(at(R.chapter('round-one')));
  await expect(page.locator('h1')).toHaveCount(1);
});

test('search results of every kind link under the base, once, and open', async ({ page }) => {
  await page.goto(at(R.chapter('round-two')));
  const dialog = page.locator('#search-dialog');
  for (const [query, type] of [
    ['Doha', 'Chapter'],
    ['Baradar', 'Person or group'],
    ['prisoner', 'Timeline event'],
  ] as const) {
    await searchInDialog(page, query);
    const hrefs = await dialog.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, query).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith(BASE), href).toBe(true);
      expect(href.indexOf(BASE, 1), `base path twice in ${href}`).toBe(-1);
    }
    const hit = dialog.locator('.search-hit').filter({ has: page.locator('.search-hit-meta', { hasText: type }) }).first();
    // Results come a page at a time, grouped by type: ask for more until one of this type is shown.
    const more = dialog.locator('[data-search-more]');
    while ((await hit.count()) === 0 && (await more.isVisible())) {
      const shown = await dialog.locator('.search-hit').count();
      await more.click();
      await expect(dialog.locator('.search-hit')).not.toHaveCount(shown);
    }
    const href = (await hit.locator('.search-hit-title').getAttribute('href'))!;
    await hit.locator('.search-hit-title').click();
    await expect(page).toHaveURL(at(href));
    const anchor = new URL(href, site.url).hash;
    if (anchor) await expect(page.locator(decodeURIComponent(anchor))).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

test('the timeline and who’s who work under the base', async ({ page }) => {
  await page.goto(at(R.timeline));
  expect(await page.locator('.event').count()).toBeGreaterThan(10);
  await page.goto(at(R.people));
  await expect(page.locator('main h2').first()).toBeVisible();
});

test('an unknown address gets the 404 page, status 404, with working links', async ({ page }) => {
  const response = await page.goto(at(`${BASE}no-such-chapter/`));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.locator(`main a[href="${R.chapter('outlook')}"]`).click();
  await expect(page).toHaveURL(at(R.chapter('outlook')));
  const outside = await page.request.get(new URL('/elsewhere/', site.url).href);
  expect(outside.status()).toBe(404);
});

test('the service worker is registered for the base path only', async ({ page }) => {
  await page.goto(site.url);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(site.url);
});

test('under the base, the saved copy serves every page offline, and the offline fallback links to saving', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(at(R.offline));
    await waitForOfflineCache(page);
    await page.getByRole('button', { name: /^Save the whole explainer for offline reading/ }).click();
    await expect(page.locator('[data-offline-status]')).toHaveText(/^Saved:/);
    await context.setOffline(true);
    // The English edition's pages: its worker saves those (each edition has its own). The print page is
    // kept once opened, not saved with the rest.
    const english = pages.filter((p) => editionOfPage(`/${p.slice(BASE.length)}`) === DEFAULT_EDITION);
    for (const path of english.filter((p) => !p.startsWith(R.print) && !p.endsWith('404.html'))) {
      const response = await page.goto(at(path));
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1'), path).not.toHaveText('Page not found');
    }
    await page.goto(at(`${BASE}no-such-page/`));
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Save the whole explainer for offline reading' })).toHaveAttribute('href', R.offline);
  } finally {
    await context.close();
  }
});
