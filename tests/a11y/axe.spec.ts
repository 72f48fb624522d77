/** WCAG 2.2 AA, checked by axe on every page in both colour schemes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../support/dist-files.ts';
import { ROUTES, allPages, routes } from '../support/site.ts';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';

const pages = allPages();

test('the pages checked are every page built: the sitemap misses none', () => {
  const built = htmlFiles().map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
  expect([...pages].sort()).toEqual(built.sort());
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has zero axe violations in the ${colorScheme} scheme`, async ({ browser }) => {
      // The print edition of each language is every page in one: axe takes several times as long there.
      test.slow(BUILT_EDITIONS.some((e) => path === routes('/', e).print));
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      await context.close();
      const report = violations.map((v) => `${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
      expect(report, report.join('\n')).toEqual([]);
    });
  }
}

test('the search dialog, open with results, has zero axe violations', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-two'));
  await page.keyboard.press('/');
  await page.keyboard.type('Doha');
  await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('#search-dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search dialog, with "Did you mean" and then its filters open, has zero axe violations in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(ROUTES.chapter('round-two'));
    await page.keyboard.press('/');
    await page.keyboard.type('Khalilzaad');
    await expect(page.locator('#search-dialog .suggest button').first()).toBeVisible();
    const scan = async () => (await new AxeBuilder({ page }).include('#search-dialog').analyze()).violations.map((v) => `${v.id}: ${v.help}`);
    expect(await scan()).toEqual([]);
    await page.locator('#search-dialog .suggest button').first().click();
    await page.locator('#search-dialog [data-search-filters-toggle]').click();
    await expect(page.locator('#search-dialog [data-search-filters]')).toBeVisible();
    expect(await scan()).toEqual([]);
  });
}
