/**
 * "Save the whole explainer for offline reading", on the "Read offline" page: its size before, its
 * progress during, a state that survives a reload, every page offline after it, its removal, and the
 * notice that a newer build needs saving again.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileList } from '../../src/integrations/service-worker.ts';
import { searchInDialog } from '../support/hosting.ts';
import { REVISED, offlineSession, type OfflineSession } from '../support/offline.ts';
import { DIST } from '../support/project.ts';
import { ROUTES, allPages, editionOfPage, routes } from '../support/site.ts';
import { DEFAULT_EDITION, EDITIONS } from '../../src/site.ts';
import { offlineSave as dari } from '../../src/i18n/fa/browser.ts';

const SAVE_BYTES = readFileList(DIST).save.reduce((n, f) => n + f.bytes, 0);
/** The size as the page writes it, in its language: "709 kB". */
const SIZE = new Intl.NumberFormat('en-GB', { style: 'unit', unit: SAVE_BYTES >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: SAVE_BYTES >= 1e6 ? 1 : 0 }).format(
  SAVE_BYTES / (SAVE_BYTES >= 1e6 ? 1e6 : 1e3),
);

const control = (page: Page) => ({
  save: page.getByRole('button', { name: /^(Save the whole explainer for offline reading|Finish saving|Save the new version)/ }),
  remove: page.getByRole('button', { name: 'Remove the saved copy' }),
  status: page.locator('[data-offline-status]'),
  progress: page.getByRole('progressbar', { name: 'Saving for offline reading' }),
});

/** Opens the "Read offline" page and saves the whole explainer. */
async function saveAll(session: OfflineSession) {
  const page = await session.open(ROUTES.offline);
  const c = control(page);
  await c.save.click();
  await expect(c.status).toHaveText(/^Saved:/);
  return { page, c };
}

test('saved once, with its size shown before and its progress during, every page and search work offline', async ({ browser }) => {
  test.setTimeout(120_000);
  const session = await offlineSession(browser);
  const { at, context } = session;
  try {
    const page = await session.open(ROUTES.offline);
    const c = control(page);
    await expect(page.locator('[data-needs-js]')).toHaveCount(0);
    await expect(c.save).toHaveText(`Save the whole explainer for offline reading (${SIZE})`);
    await expect(page.locator('[data-offline-size]')).toContainText(`Saving downloads ${SIZE}`);
    await expect(c.remove).toBeHidden();

    // Slowed, so the progress can be seen; from the keyboard, as any reader can.
    await context.route(/\/data\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.continue();
    });
    await c.save.focus();
    await page.keyboard.press('Enter');
    await expect(c.progress).toBeVisible();
    await expect(c.status).toHaveText(/^Saving… \d+%$/);
    await expect(c.status).toHaveText('Saved: the whole explainer is on this device and works with no connection.', { timeout: 30_000 });
    await expect(c.progress).toBeHidden();
    await expect(c.save).toBeHidden();
    await expect(c.remove).toBeFocused();
    await context.unroute(/\/data\//);

    // The state is the cache's: a reload finds it saved.
    await page.reload();
    await expect(c.status).toHaveText(/^Saved:/);
    await expect(c.remove).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await new AxeBuilder({ page }).include('[data-offline-save]').analyze()).violations, scheme).toEqual([]);
    }

    // A visit to the print page (the whole explainer), online, keeps it too; it is not part of the saved copy.
    const english = allPages(DIST).filter((p) => editionOfPage(p) === DEFAULT_EDITION);
    for (const path of english.filter((p) => p.startsWith(ROUTES.print))) await page.goto(at(path));

    await session.goOffline();
    for (const path of english) {
      const response = await page.goto(at(path));
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1'), path).toHaveCount(1);
      if (!path.endsWith('404.html')) await expect(page.locator('h1'), path).not.toHaveText('Page not found');
      expect(await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.every((l) => (l as HTMLLinkElement).sheet !== null)), path).toBe(true);
    }
    await page.goto(at(ROUTES.timelineOf('outlook')));
    await searchInDialog(page, 'Khalilzad');
    // The open-data downloads are saved with the rest.
    expect(await page.evaluate(async (href) => (await fetch(href)).status, ROUTES.dataFile('events', 'csv'))).toBe(200);
  } finally {
    await session.close();
  }
});

test('the Dari edition has its own worker: saved from its page, every Dari page and a Dari search work offline', async ({ browser }) => {
  test.setTimeout(120_000);
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const at = routes('/', fa);
  const session = await offlineSession(browser);
  try {
    const page = await session.open(at.offline);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), 'the worker of the Dari folder').toBe(session.at(at.home));
    await page.getByRole('button', { name: /^ذخیره تمام توضیح‌نامه/ }).click();
    await expect(page.locator('[data-offline-status]')).toHaveText(dari.saved, { timeout: 30_000 });

    await session.goOffline();
    for (const path of allPages(DIST).filter((p) => editionOfPage(p) === fa && !p.startsWith(at.print))) {
      const response = await page.goto(session.at(path));
      expect(response?.fromServiceWorker(), path).toBe(true);
      // Kept, not the offline fallback, which answers 404.
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'fa-AF');
    }
    await searchInDialog(page, 'دوحه');
  } finally {
    await session.close();
  }
});

test('the saved copy can be removed, and then a page never opened is missing offline again', async ({ browser }) => {
  test.setTimeout(90_000);
  const session = await offlineSession(browser);
  const { at } = session;
  try {
    const { page, c } = await saveAll(session);
    await c.remove.click();
    await expect(c.status).toHaveText(/^The saved copy is removed\./);
    await expect(c.save).toBeFocused();
    await expect(c.save).toHaveText(`Save the whole explainer for offline reading (${SIZE})`);

    await session.goOffline();
    await page.goto(at(ROUTES.timelineOf('outlook')));
    await expect(page.locator('h1')).toHaveText('Page not found');
    // The core stays.
    await page.goto(at(ROUTES.chapter('outlook')));
    await expect(page.locator('h1')).not.toHaveText('Page not found');
  } finally {
    await session.close();
  }
});

test('a save the connection cuts short says how far it got, and finishes where it stopped', async ({ browser }) => {
  test.setTimeout(90_000);
  const session = await offlineSession(browser);
  try {
    const page = await session.open(ROUTES.offline);
    const c = control(page);
    const failing = (url: URL) => url.pathname === ROUTES.dataFile('sources', 'json');
    await session.context.route(failing, (route) => route.abort('internetdisconnected'));
    await c.save.click();
    await expect(c.status).toHaveText(/^Saving stopped after \d+ of \d+ files\./);
    await expect(c.save).toHaveText(/^Finish saving \(.+ left\)$/);
    // The state survives a reload: the files saved are kept.
    await page.reload();
    await expect(c.status).toHaveText(/^Saving stopped after \d+ of \d+ files\./);
    await session.context.unroute(failing);
    await c.save.click();
    await expect(c.status).toHaveText(/^Saved:/);
  } finally {
    await session.close();
  }
});

test('after a newer build is taken, the page says the saved copy was for the old one, and saves the new', async ({ browser }) => {
  test.setTimeout(120_000);
  const session = await offlineSession(browser, { copy: true });
  const { at } = session;
  try {
    const { page, c } = await saveAll(session);

    // A page outside the core changes: the new build's file list differs, and so does its id.
    await session.publish(`${ROUTES.timelineOf('outlook').slice(1)}index.html`);
    await page.reload();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await expect(c.status).toHaveText(/^The explainer has been updated since you saved it/);
    await expect(c.save).toHaveText(/^Save the new version \(/);
    await c.save.click();
    await expect(c.status).toHaveText(/^Saved:/);

    await session.goOffline();
    await page.goto(at(ROUTES.timelineOf('outlook')));
    await expect(page.locator(REVISED)).toHaveCount(1);
  } finally {
    await session.close();
  }
});
