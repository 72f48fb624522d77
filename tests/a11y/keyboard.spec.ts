/** Keyboard-only reading: skip link, header, table of contents and previous/next, with visible focus. */
import { expect, test, type Page } from '@playwright/test';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { ROUTES, routes } from '../support/site.ts';

/** Presses Tab until `selector` has focus, failing after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

test('skip link, header, table of contents and next chapter all work from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ROUTES.chapter('round-one'));

  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.goto(ROUTES.chapter('round-one'));
  await tabTo(page, '#site-search');
  expect(await focusIsVisible(page)).toBe(true);
  await tabTo(page, `.chapter-nav a[href="${ROUTES.chapter('round-two')}"]`);
  expect(await focusIsVisible(page)).toBe(true);

  const firstTocLink = page.locator('.toc ol a').first();
  const target = (await firstTocLink.getAttribute('href'))!;
  await tabTo(page, '.toc ol a');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();

  await tabTo(page, 'a[rel="next"]', 400);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(ROUTES.chapter('round-two'), page.url()).href);
});

test('on a phone the table of contents opens and closes from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(ROUTES.chapter('round-two'));
  const links = page.locator('.toc ol a');
  await expect(links.first()).toBeHidden();
  await tabTo(page, '.toc summary');
  await page.keyboard.press('Enter');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(links.first()).toBeHidden();
});

test('the theme toggle works from the keyboard and the choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ROUTES.home);
  const toggle = page.locator('[data-theme-toggle]');
  await tabTo(page, '[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(ROUTES.chapter('outlook'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
});

test('the citation is a few Tab presses from the top, through the contents, not past every footnote', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ROUTES.chapter('round-one'));
  // About 150 presses before (every footnote reference and heading self-link was a stop).
  await tabTo(page, '.toc a[href="#cite-heading"]', 30);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#cite-heading')).toBeInViewport();
  // The next stop follows the citation (the citation box holds the chapter's own address, then the way on).
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => {
    const cite = document.getElementById('cite-heading')!;
    return !!(cite.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  // Heading self-links are no stops of their own.
  expect(await page.locator('.heading-anchor[tabindex="-1"]').count()).toBe(await page.locator('.heading-anchor').count());
});

test('in the Dari edition the skip link, the header menu and the search dialog work from the keyboard', async ({ page }) => {
  const fa = routes('/', BUILT_EDITIONS.find((e) => e.id === 'fa')!);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(fa.chapter('round-one'));

  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(skip).toContainText(/[\u0600-\u06FF]/);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // The menu: Enter opens it, Tab walks its links (the language choice last), Escape closes it.
  await page.goto(fa.chapter('round-one'));
  await tabTo(page, '.menu summary');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await tabTo(page, `.menu a[href="${fa.chapter('round-two')}"]`, 10);
  await expect(page.locator(':focus')).toBeInViewport();
  await tabTo(page, '.menu .languages a', 20);
  await expect(page.locator(':focus')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.locator('.menu summary')).toBeFocused();
  await expect(page.locator('.menu .panel')).toBeHidden();

  // The search dialog: "/" opens it with the focus in its field, a query finds results in Dari, Escape
  // closes it and gives the focus back.
  await page.keyboard.press('/');
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input[type="search"]')).toBeFocused();
  await page.keyboard.type('طالبان');
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('href', new RegExp(`^${fa.home}`));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.menu summary')).toBeFocused();
});
