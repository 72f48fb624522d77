/**
 * Updates reach readers without mixing builds: a new build's worker waits, the page offers it ("A newer
 * version is available", with Reload), taking it reloads every open tab onto the new build, and a tab
 * that doesn't take it keeps working on the old one, whose files stay until the new worker takes over.
 * Each test publishes a new build into its own copy of the site, served on its own port.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { searchInDialog } from '../support/hosting.ts';
import { REVISED, offlineSession } from '../support/offline.ts';
import { ROUTES } from '../support/site.ts';

const CHAPTER = ROUTES.chapter('round-one');

const bar = (page: Page) => page.getByRole('region', { name: 'Update' });

test('a waiting build is offered in a polite, keyboard-operable bar that moves no content; Reload brings the new build', async ({ browser }) => {
  test.setTimeout(90_000);
  const session = await offlineSession(browser, { copy: true });
  try {
    const page = await session.open(CHAPTER);
    // A normal visit loads no script for the bar.
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await expect(bar(page)).toHaveCount(0);

    await session.publish();
    const heading = await page.locator('h1').boundingBox();
    // The browser checks sw.js on navigation; the new worker installs and waits, and the bar appears.
    await page.reload();
    await expect(bar(page)).toBeVisible();
    await expect(bar(page).getByRole('status')).toHaveText('A newer version of the explainer is available.');
    expect(scripts.some((url) => /\/update-[\w-]+\.js$/.test(url)), scripts.join(' ')).toBe(true);
    // Still the old build, laid out as before: the bar sits over the page, fixed at the bottom.
    await expect(page.locator(REVISED)).toHaveCount(0);
    expect(await page.locator('h1').boundingBox()).toEqual(heading);
    const box = (await bar(page).boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(page.viewportSize()!.height, 0);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).include('.update-bar').analyze();
      expect(results.violations, scheme).toEqual([]);
    }

    // Right after the skip link in the tab order; Enter takes the update.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Reload' })).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.locator(REVISED)).toHaveCount(1);
    await expect(bar(page)).toHaveCount(0);
    await searchInDialog(page, 'Doha');
  } finally {
    await session.close();
  }
});

test('taken in one tab, the update reloads every open tab onto the new build', async ({ browser }) => {
  test.setTimeout(90_000);
  const session = await offlineSession(browser, { copy: true });
  try {
    const first = await session.open(CHAPTER);
    const second = await session.open(ROUTES.home);
    await session.publish();
    await first.reload();
    // The other tab hears of the waiting worker too, without being touched.
    await expect(bar(second)).toBeVisible();
    await expect(bar(first)).toBeVisible();
    const secondReloads = second.waitForEvent('load');
    await Promise.all([first.waitForEvent('load'), bar(first).getByRole('button', { name: 'Reload' }).click()]);
    await secondReloads;
    await expect(first.locator(REVISED)).toHaveCount(1);
    await second.goto(session.at(CHAPTER));
    await expect(second.locator(REVISED)).toHaveCount(1);
  } finally {
    await session.close();
  }
});

test('a tab that doesn’t take the update keeps the old build whole; once every tab is closed the new one replaces it', async ({ browser }) => {
  test.setTimeout(90_000);
  const session = await offlineSession(browser, { copy: true });
  const { at, context } = session;
  try {
    const page = await session.open(CHAPTER);
    // A page outside the core, read on the old build, is kept in that build's cache.
    const oldBuild = session.build();
    await page.goto(at(ROUTES.timelineOf('outlook')));
    const cacheNames = () => page.evaluate(() => caches.keys());
    expect((await cacheNames()).filter((n) => n.endsWith(oldBuild))).toHaveLength(1);
    await page.goto(at(CHAPTER));
    await session.publish();
    await page.reload();
    await bar(page).getByRole('button', { name: 'Not now' }).click();
    await expect(bar(page)).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();

    // The old worker still serves the old build, and search loads the old build's index from its cache.
    await page.reload();
    await expect(page.locator(REVISED)).toHaveCount(0);
    await searchInDialog(page, 'ceasefire');

    // Once no tab shows the old build, the next visit gets the new one.
    await page.close();
    await expect
      .poll(async () => {
        const probe = await context.newPage();
        await probe.goto(at(CHAPTER));
        const revised = await probe.locator(REVISED).count();
        await probe.close();
        return revised;
      })
      .toBe(1);
    const fresh = await context.newPage();
    await fresh.goto(at(CHAPTER));
    // The old revision of the page is gone from the cache (one precache, one entry per file), and so is
    // the old build's cache of pages read.
    const cached = await fresh.evaluate(async (path) => {
      const names = await caches.keys();
      const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return { names, pages: keys.map((k) => k.url).filter((u) => new URL(u).pathname === path) };
    }, `${CHAPTER}index.html`);
    expect(cached.names.filter((n) => n.includes('precache'))).toHaveLength(1);
    expect(cached.names.filter((n) => n.endsWith(oldBuild))).toEqual([]);
    expect(cached.pages).toHaveLength(1);
    await searchInDialog(fresh, 'Doha');
  } finally {
    await session.close();
  }
});
