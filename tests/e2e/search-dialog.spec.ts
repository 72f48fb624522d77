import { expect, test } from '@playwright/test';
import { ROUTES } from '../support/site.ts';

test('a chapter page loads no search code and no Pagefind file until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(ROUTES.chapter('round-one'));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith(ROUTES.asset('pagefind/')))).toEqual([]);
  expect(requests.filter((p) => p.endsWith('.js'))).toEqual([]);

  await page.keyboard.press('/');
  await expect(page.locator('#search-dialog')).toBeVisible();
  await page.keyboard.type('Doha');
  await expect(page.locator('#search-dialog .search-hit').first()).toBeVisible();
  expect(requests).toContain(ROUTES.asset('pagefind/pagefind.js'));
});

test('keyboard only: open with Ctrl+K, type, move with arrows, Esc returns focus, Enter opens a result', async ({ page }) => {
  await page.goto(ROUTES.chapter('background'));
  const toggle = page.locator('[data-theme-toggle]');
  await toggle.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input[type="search"]')).toBeFocused();
  await page.keyboard.type('Loya Jirga');
  const status = dialog.locator('[data-search-status]');
  await expect(status).toHaveText(/\d+ results? for “Loya Jirga”/);
  await expect(status).toHaveAttribute('role', 'status');

  const links = dialog.locator('[data-search-results] a');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.locator('input[type="search"]')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();

  await page.keyboard.press('Meta+k');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input[type="search"]')).toHaveValue('Loya Jirga');
  await page.keyboard.press('ArrowDown');
  // Reopening must not re-render the results under the reader's focus (page.js searches again only for a new term).
  await expect(links.nth(0)).toBeFocused();
  const href = (await links.nth(0).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  const opened = new URL(href, page.url()).pathname;
  await expect.poll(() => new URL(page.url()).pathname).toBe(opened);
});

test('the header search box opens the dialog with what was typed', async ({ page }) => {
  await page.goto(ROUTES.home);
  await page.locator('#site-search').fill('Baradar');
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-search-status]')).toContainText('“Baradar”');
});

test('typing in the header field after Tab opens the dialog at the first key, with live results and no key lost', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-one'));
  const field = page.locator('#site-search');
  // Tab from the page's start to the header field, as a keyboard user does.
  for (let i = 0; i < 6 && !(await field.evaluate((f) => f === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('Doha', { delay: 30 });
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('input[type="search"]');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('Doha');
  await expect(dialog.locator('[data-search-status]')).toContainText('“Doha”');
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
});

test('without JavaScript the header search is a form to the search page, which says search needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ROUTES.chapter('outlook'));
  await page.locator('#site-search').fill('ceasefire');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(new URL(`${ROUTES.search}?q=ceasefire`, page.url()).href);
  await expect(page.locator('[data-needs-js]')).toContainText('needs JavaScript');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await context.close();
});

test('a result opened from search highlights the terms and scrolls to the first one', async ({ page }) => {
  await page.goto(`${ROUTES.search}?q=Stanekzai`);
  const first = page.locator('#search-page .search-hit-title').first();
  await expect(first).toHaveAttribute('href', /highlight=stanekzai/i);
  await first.click();
  const mark = page.locator('main mark.pagefind-highlight').first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveText(/Stanekzai/i);
  await expect(mark).toBeInViewport();
  await expect(page.locator('header mark, footer mark')).toHaveCount(0);
});

test('a malformed #hash beside ?highlight= neither throws nor stops the scroll to the first term', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Not valid percent-encoding: decodeURIComponent throws on it.
  await page.goto(`${ROUTES.chapter('round-two')}?highlight=stanekzai#%E0%A4%A`);
  const mark = page.locator('main mark.pagefind-highlight').first();
  await expect(mark).toHaveText(/Stanekzai/i);
  await expect(mark).toBeInViewport();
  expect(errors).toEqual([]);
});

test.describe('on a phone with the keyboard up', () => {
  // 390 × 844 with the on-screen keyboard open leaves about 500 px of visible viewport.
  test.use({ viewport: { width: 390, height: 500 }, hasTouch: true, isMobile: true });

  test('the field and the first result are in view, and the filters wait behind a button that counts them', async ({ page }) => {
    await page.goto(ROUTES.chapter('round-one'));
    // On a phone the header's search is a button.
    await page.locator('.site-header .search-box button').click();
    const dialog = page.locator('#search-dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('ceasefire');
    const input = dialog.locator('input[type="search"]');
    const first = dialog.locator('.search-hit').first();
    await expect(first).toBeVisible();
    await expect(input).toBeInViewport();
    await expect(first.locator('.search-hit-title')).toBeInViewport();
    await expect(dialog.locator('[data-search-filters]')).toBeHidden();

    const toggle = dialog.locator('[data-search-filters-toggle]');
    await expect(toggle).toHaveText('Filters');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await dialog.locator('fieldset', { hasText: 'Type' }).locator('label', { hasText: 'Timeline event' }).locator('input').check();
    await expect(toggle).toHaveText('Filters (1 active)');
    // Scrolling the results keeps the field at the top of the dialog.
    await toggle.click();
    await dialog.evaluate((d) => d.scrollTo(0, d.scrollHeight));
    await expect(input).toBeInViewport();
  });
});

test('a page opened from search marks a number written with separators and a word found by its stem', async ({ page }) => {
  // Pagefind passes the index's forms: "8600" for the text's "8,600", and the reader's "ceasefires" where
  // the text says "ceasefire" (which the index finds by stemming).
  await page.goto(`${ROUTES.chapter('round-one')}?highlight=8600&highlight=ceasefires`);
  const marks = page.locator('main mark.pagefind-highlight');
  await expect(marks.first()).toBeAttached();
  const texts = await marks.allTextContents();
  expect(texts).toContain('8,600');
  expect(texts.map((t) => t.toLowerCase())).toContain('ceasefire');
  // The address still names the reader's own words, and the added ones.
  expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual(['8600', '8,600', 'ceasefires', 'ceasefire']);
});
