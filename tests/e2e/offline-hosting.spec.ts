/**
 * Hosting with no internet: no request ever leaves the site's origin; after one visit the service worker
 * serves every page and search with the server gone; opened from disk, a page says it needs a server.
 * The site is served by the project's own server (npm run serve), each test on its own port.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { startServer } from '../../src/hosting/server.ts';
import { searchInDialog, serveSite } from '../support/hosting.ts';
import { DIST } from '../support/project.ts';
import { ROUTES, allPages } from '../support/site.ts';

const PAGES = allPages();
// The print edition repeats every other page on one; it is cached when first opened, not precached.
const PRINT = ROUTES.print;

/** Resolves once a service worker controls the page and has cached the site (Workbox caches before it activates). */
async function waitForOfflineCache(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}

/** Every request the context makes, the service worker's included, split by origin. */
function recordRequests(context: BrowserContext, origin: string): { foreign: string[]; byWorker: string[] } {
  const seen = { foreign: [] as string[], byWorker: [] as string[] };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.serviceWorker()) seen.byWorker.push(request.url());
    // data: and blob: URLs are made in the page; they never reach a network.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) seen.foreign.push(request.url());
  });
  return seen;
}

test('no page, search or service worker requests anything from another origin', async ({ browser }) => {
  test.setTimeout(120_000);
  const site = await serveSite();
  const context = await browser.newContext();
  const requests = recordRequests(context, new URL(site.url).origin);
  try {
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(new URL(path.slice(1), site.url).href);
      await searchInDialog(page, 'Doha');
      await page.waitForLoadState('networkidle');
    }
    expect(requests.foreign, 'requests to other origins').toEqual([]);
    // The listener sees the service worker's own fetches (it caches the whole site), not just the pages'.
    expect(requests.byWorker.length).toBeGreaterThan(PAGES.length);
  } finally {
    await context.close();
    await site.close();
  }
});

test('after one visit, every page, the timeline and search work with the server gone', async ({ browser }) => {
  test.setTimeout(120_000);
  const site = await serveSite();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await waitForOfflineCache(page)).toBe(site.url);
    // One visit to the print edition, online, keeps it for offline use.
    await page.goto(new URL(PRINT.slice(1), site.url).href);

    // Offline twice over: the browser reports no network, and the server is really gone.
    await site.close();
    await context.setOffline(true);

    for (const path of PAGES) {
      const response = await page.goto(new URL(path.slice(1), site.url).href);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1'), path).toHaveCount(1);
      // The stylesheets come from the cache too: the header is laid out, not a bare list.
      expect(await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.every((l) => (l as HTMLLinkElement).sheet !== null)), path).toBe(true);
    }

    await page.goto(new URL('timeline/', site.url).href);
    expect(await page.locator('.event').count()).toBeGreaterThan(10);

    await page.goto(new URL('round-one/', site.url).href);
    await searchInDialog(page, 'ceasefire');
    const first = page.locator('#search-dialog .search-hit-title').first();
    await expect(first).toHaveAttribute('href', /highlight=ceasefire/);
    await first.click();
    // The result's ?highlight= address is the cached page, and the highlighter works offline too.
    await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();

    await page.goto(new URL(`search/?q=Baradar`, site.url).href);
    await expect(page.locator('#search-page .search-hit').first()).toBeVisible();

    // An address the site doesn't have gets the cached 404 page, not the browser's offline error.
    await page.goto(new URL('no-such-page/', site.url).href);
    await expect(page.locator('h1')).toHaveText('Page not found');
  } finally {
    await context.close();
    await site.close();
  }
});

test('a new build waits until the old one’s tabs are closed, then replaces its pages and cache whole', async ({ browser }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'explainer-sw-update-'));
  cpSync(DIST, dir, { recursive: true });
  let site = await serveSite(dir);
  const port = Number(new URL(site.url).port);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const chapter = new URL('round-one/', site.url).href;
    await page.goto(chapter);
    await waitForOfflineCache(page);

    // Publish a new build: one page changed, and the sw.js the build would write for it.
    const file = join(dir, 'round-one', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<main id="main" tabindex="-1">', '$&<p id="revised">Revised</p>'));
    await writeServiceWorker(dir);
    await site.close();
    site = await startServer({ dir, port });

    // The open tab finds the update, but keeps its own build: the new worker waits.
    await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      while (!registration.waiting) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await page.reload();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('#revised')).toHaveCount(0);

    // Once no tab shows the old build, the next visit gets the new one.
    await page.close();
    await expect
      .poll(async () => {
        const probe = await context.newPage();
        await probe.goto(chapter);
        const revised = await probe.locator('#revised').count();
        await probe.close();
        return revised;
      })
      .toBe(1);
    const fresh = await context.newPage();
    await fresh.goto(chapter);
    // The old revision of the page is gone from the cache: one entry per file, all of the new build.
    const cached = await fresh.evaluate(async () => {
      const names = await caches.keys();
      const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return { names, pages: keys.map((k) => k.url).filter((u) => new URL(u).pathname === '/round-one/index.html') };
    });
    expect(cached.names.filter((n) => n.includes('precache'))).toHaveLength(1);
    expect(cached.pages).toHaveLength(1);
    await searchInDialog(fresh, 'Doha');
  } finally {
    await context.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opened from disk, a page says search and links need a web server, and how to start one', async ({ page }) => {
  await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
  const notice = page.locator('#needs-server');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('need a web server');
  await expect(notice).toContainText('python3 -m http.server 8000');
});

test('served over http, the file notice stays hidden', async ({ page }) => {
  const site = await serveSite();
  try {
    await page.goto(site.url);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('load');
    await expect(page.locator('#needs-server')).toBeHidden();
  } finally {
    await site.close();
  }
});
