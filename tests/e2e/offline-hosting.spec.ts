/**
 * Hosting with no internet: no request ever leaves the site's origin; after one visit the service worker
 * serves the core, the pages read and search with the server gone, and says how to keep the rest; opened
 * from disk, a page says it needs a server. Saving the whole explainer, and updates: offline-save.spec.ts
 * and offline-update.spec.ts. The site is served by the project's own server (npm run serve), each test on its own port.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext } from '@playwright/test';
import { readFileList } from '../../src/integrations/service-worker.ts';
import { searchInDialog, serveSite } from '../support/hosting.ts';
import { offlineSession } from '../support/offline.ts';
import { DIST } from '../support/project.ts';
import { ROUTES, allPages, editionOfPage } from '../support/site.ts';

const PAGES = allPages();

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
  // Every page of three editions, each searched.
  test.setTimeout(300_000);
  const site = await serveSite();
  const context = await browser.newContext();
  const requests = recordRequests(context, new URL(site.url).origin);
  try {
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(new URL(path.slice(1), site.url).href);
      await searchInDialog(page, editionOfPage(path).prefix ? 'دوحه' : 'Doha');
      await page.waitForLoadState('networkidle');
    }
    expect(requests.foreign, 'requests to other origins').toEqual([]);
    // The listener sees the service worker's own fetches (it precaches the core), not just the pages'.
    expect(requests.byWorker.length).toBeGreaterThan(PAGES.length);
  } finally {
    await context.close();
    await site.close();
  }
});

test('after one visit, the core, the pages read and search work with the server gone; other pages say how to save', async ({ browser }) => {
  test.setTimeout(120_000);
  const session = await offlineSession(browser);
  const { at } = session;
  try {
    const page = await session.open(ROUTES.home);
    // One page outside the core, read online, is kept as it is read.
    const read = ROUTES.timelineOf('round-one');
    const unread = ROUTES.timelineOf('outlook');
    const core = readFileList(DIST).precache.map((f) => `/${f.path}`);
    expect(core, 'pages outside the core to test with').not.toContain(`${read}index.html`);
    expect(core).not.toContain(`${unread}index.html`);
    await page.goto(at(read));

    // Offline twice over: the browser reports no network, and the server is really gone.
    await session.goOffline();
    for (const path of [ROUTES.home, ROUTES.chapter('round-one'), ROUTES.timeline, ROUTES.people, ROUTES.search, ROUTES.offline, read]) {
      const response = await page.goto(at(path));
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('h1'), path).not.toHaveText('Page not found');
      // The stylesheets come from the cache too: the header is laid out, not a bare list.
      expect(await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.every((l) => (l as HTMLLinkElement).sheet !== null)), path).toBe(true);
    }

    await page.goto(at(ROUTES.chapter('round-one')));
    await searchInDialog(page, 'ceasefire');
    // A chapter's result: glossary and agreement pages are outside the core until the reader saves them.
    const first = page.locator(`#search-dialog .search-hit-title[href*="${ROUTES.chapter('round-two')}?"]`).first();
    await expect(first).toHaveAttribute('href', /highlight=ceasefire/);
    await first.click();
    // The result's ?highlight= address is the cached page, and the highlighter works offline too.
    await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();

    await page.goto(at(`${ROUTES.search}?q=Baradar`));
    await expect(page.locator('#search-page .search-hit').first()).toBeVisible();

    // An address without its slash, which the server redirects, finds the kept page offline too.
    const slashless = ROUTES.chapter('background').replace(/\/$/, '');
    await page.goto(at(slashless));
    await expect(page).toHaveURL(new RegExp(`${ROUTES.chapter('background')}$`));
    await expect(page.locator('h1')).not.toHaveText('Page not found');
    await expect(page.locator('h1')).toHaveCount(1);

    // A page never opened, and an address the site doesn't have, get the cached 404 page, not the
    // browser's offline error; it says how to keep every page.
    for (const path of [unread, '/no-such-page/']) {
      const response = await page.goto(at(path));
      expect(response?.status(), `${path}: answered as missing, as the server would`).toBe(404);
      await expect(page.locator('h1'), path).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Save the whole explainer for offline reading' }), path).toHaveAttribute('href', ROUTES.offline);
    }
  } finally {
    await session.close();
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
