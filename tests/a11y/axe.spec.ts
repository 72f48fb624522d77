/** WCAG 2.2 AA, checked by axe on every page in both colour schemes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from '../support/pages.ts';

const pages = allPages();

test('the sitemap lists every kind of page', () => {
  for (const path of ['/', '/background/', '/outlook/', '/search/', '/timeline/', '/people/', '/print/']) expect(pages).toContain(path);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has zero axe violations in the ${colorScheme} scheme`, async ({ browser }) => {
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
  await page.goto('/round-two/');
  await page.keyboard.press('/');
  await page.keyboard.type('Doha');
  await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('#search-dialog').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('every page has one h1, no skipped heading levels and a language', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
    await expect(page.locator('h1'), path).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) =>
      hs.filter((h) => !h.closest('dialog')).map((h) => Number(h.tagName[1])),
    );
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]! - levels[i - 1]!, `${path}: heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
    }
  }
});
