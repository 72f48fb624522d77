/**
 * Search in the Dari and Pashto editions, in the browser: each edition's page searches its own index with
 * its own folding (src/scripts/search/engine.ts picks them by <html lang>), and results and "Did you mean
 * …?" read right to left. The ranking itself is the golden sets' business (tests/search/).
 */
import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, edition: 'fa' | 'ps', term: string) {
  await page.goto(`/${edition}/search/?q=${encodeURIComponent(term)}`);
  return {
    status: page.locator('#search-page [data-search-status]'),
    titles: page.locator('#search-page .search-hit-title'),
    suggest: page.locator('#search-page .suggest'),
  };
}

/** The element's direction as laid out, and whether its text starts at its right edge. */
const layout = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { direction: style.direction, start: style.textAlign === 'start' || style.textAlign === 'right' };
  });

test('Dari: خلیلزاد finds the who’s-who entry first, in the Dari edition, laid out right to left', async ({ page }) => {
  const { status, titles } = await search(page, 'fa', 'خلیلزاد');
  await expect(status).toContainText('«خلیلزاد»');
  // The count is in Persian digits, as the edition writes numbers.
  await expect(status).toHaveText(/^[۰-۹]+ نتیجه برای «خلیلزاد»$/);
  await expect(titles.first()).toHaveText('زلمی خلیلزاد');
  expect(new URL(await titles.first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe('/fa/people/');
  for (const href of await titles.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) expect(href).toMatch(/^\/fa\//);
  expect(await layout(page.locator('#search-page [data-search-results]'))).toEqual({ direction: 'rtl', start: true });
  // The first result's title sits at the list's right-hand edge.
  const list = (await page.locator('#search-page [data-search-results]').boundingBox())!;
  const first = (await titles.first().boundingBox())!;
  expect(list.x + list.width - (first.x + first.width)).toBeLessThan(first.x - list.x);
});

test('Dari: a misspelt name offers "Did you mean …?" in Dari, right to left, and the suggestion finds the entry', async ({ page }) => {
  const { suggest, titles, status } = await search(page, 'fa', 'خلیزاد');
  await expect(suggest).toBeVisible();
  await expect(suggest).toContainText('آیا منظورتان این بود');
  expect((await layout(suggest)).direction).toBe('rtl');
  await suggest.getByRole('button', { name: 'خلیلزاد' }).click();
  await expect(status).toContainText('«خلیلزاد»');
  await expect(titles.first()).toHaveText('زلمی خلیلزاد');
});

test('Dari: a name typed in Latin script, or on an Arabic keyboard, finds the Dari entry', async ({ page }) => {
  for (const term of ['Khalilzad', 'خليلزاد']) {
    const { titles } = await search(page, 'fa', term);
    await expect(titles.first()).toHaveText('زلمی خلیلزاد');
  }
});

test('Pashto: غنی typed with a Persian yeh finds اشرف غني, and the results read right to left', async ({ page }) => {
  const { status, titles } = await search(page, 'ps', 'غنی');
  await expect(status).toContainText('«غنی»');
  await expect(titles.first()).toHaveText('اشرف غني');
  expect(new URL(await titles.first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe('/ps/people/');
  expect((await layout(page.locator('#search-page [data-search-results]'))).direction).toBe('rtl');
});

test('Pashto: دوحې typed with ی, as on a Persian keyboard, finds the Doha agreement', async ({ page }) => {
  const { titles } = await search(page, 'ps', 'د دوحی تړون');
  await expect(titles.first()).toHaveAttribute('href', /^\/ps\/glossary\/.*#term-doha-agreement$/);
});

test('Dari: a result opened from a search marks the word as the page writes it, with its zero-width non-joiner', async ({ page }) => {
  // Search drops the non-joiner ("توافقنامه"), as Pagefind indexes the word; the page writes "توافق‌نامه".
  await page.goto(`/fa/glossary/?highlight=${encodeURIComponent('توافقنامه')}#term-doha-agreement`);
  await expect(page.locator('#term-doha-agreement mark.pagefind-highlight').first()).toHaveText(/^توافق\u200Cنامه/);
});
