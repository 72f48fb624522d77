/**
 * SITE_BASE: a build for /explainers/afghanistan/, served there by `npm run serve --base`, works in full:
 * links, assets, search results, the timeline, who's who, the 404 page and the service worker's scope.
 * One build for the whole file (about 15 s), so its tests run in order in one worker.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build, copyProject, removeProject } from '../support/build.ts';
import { searchInDialog, spawnServe } from '../support/hosting.ts';

const BASE = '/explainers/afghanistan/';
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let project: string;
let site: { url: string; stop(): void };
let pages: string[];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = copyProject();
  const result = await build(project, { SITE_BASE: BASE });
  if (result.status !== 0) throw new Error(`The base-path build failed:\n${result.output}`);
  const dist = join(project, 'dist');
  site = await spawnServe(dist, BASE);
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  pages = sitemaps.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
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

test('every page loads with all its assets, and every link on it stays under the base and resolves', async ({ page, request }) => {
  test.setTimeout(120_000);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  const links = new Set<string>();
  for (const path of pages) {
    await page.goto(new URL(path, site.url).href);
    await page.waitForLoadState('networkidle');
    for (const href of await page.locator('[href], [src], [action]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? ''),
    )) {
      if (href.startsWith('/')) {
        expect(href.startsWith(BASE), `${path} links to ${href}`).toBe(true);
        links.add(href.split('#')[0]!);
      }
    }
  }
  expect(failed).toEqual([]);
  for (const href of links) expect((await request.get(new URL(href, site.url).href)).status(), href).toBe(200);
});

test('home links to each chapter, which opens', async ({ page }) => {
  await page.goto(site.url);
  const chapters = page.locator(`main a[href^="${BASE}"][href$="/"]`).filter({ hasText: /\w/ });
  const hrefs = new Set(await chapters.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
  for (const id of ['background', 'round-one', 'round-two', 'outlook']) expect(hrefs).toContain(`${BASE}${id}/`);
  await page.locator(`main a[href="${BASE}round-one/"]`).first().click();
  await expect(page).toHaveURL(at('round-one/'));
  await expect(page.locator('h1')).toHaveCount(1);
});

test('search results of every kind link under the base, once, and open', async ({ page }) => {
  await page.goto(at('round-two/'));
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
    await expect(page).toHaveURL(at(href.slice(BASE.length)));
    const anchor = new URL(href, site.url).hash;
    if (anchor) await expect(page.locator(decodeURIComponent(anchor))).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

test('the timeline and who’s who work under the base', async ({ page }) => {
  await page.goto(at('timeline/'));
  expect(await page.locator('.event').count()).toBeGreaterThan(10);
  await page.goto(at('people/'));
  await expect(page.locator('main h2').first()).toBeVisible();
});

test('an unknown address gets the 404 page, status 404, with working links', async ({ page }) => {
  const response = await page.goto(at('no-such-chapter/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.locator(`main a[href="${BASE}outlook/"]`).click();
  await expect(page).toHaveURL(at('outlook/'));
  const outside = await page.request.get(new URL('/elsewhere/', site.url).href);
  expect(outside.status()).toBe(404);
});

test('the service worker is registered for the base path only', async ({ page }) => {
  await page.goto(site.url);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(site.url);
});
