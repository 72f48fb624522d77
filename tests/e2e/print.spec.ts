import { expect, test } from '@playwright/test';
import { ANCHORS, CHAPTER_IDS, ROUTES } from '../support/site.ts';

const printChapter = (id: string) => `.print-chapter:has(#${ANCHORS.printChapter(id)})`;

test('the print page holds every chapter in order, then the timeline and who’s who', async ({ page }) => {
  const titles: string[] = [];
  for (const id of CHAPTER_IDS) {
    await page.goto(ROUTES.chapter(id));
    titles.push((await page.locator('h1').textContent())!.trim());
  }
  await page.goto(ROUTES.timeline);
  const eventCount = await page.locator('.event').count();
  await page.goto(ROUTES.people);
  const actorCount = await page.locator('.actor').count();

  await page.goto(ROUTES.print);
  await expect(page.locator('main h2')).toHaveText(['Contents', ...titles, 'Timeline', 'Who’s who']);
  await expect(page.locator('.event')).toHaveCount(eventCount);
  await expect(page.locator('.actor')).toHaveCount(actorCount);
  for (const id of CHAPTER_IDS) {
    const chapter = page.locator(printChapter(id));
    await expect(chapter.locator('.table-scroll table:not(.troop-levels)').first()).toBeVisible();
    await expect(chapter.locator('section.footnotes')).toHaveCount(1);
    await expect(chapter.locator('h3', { hasText: 'Sources' })).toHaveCount(1);
  }
  await expect(page.locator('main')).toContainText(/as of 1 March 2021/i);
});

// That every in-page link has its target is checked on the built pages (tests/dist/links.test.ts).
test('a footnote reference scrolls to its note, which links back', async ({ page }) => {
  await page.goto(ROUTES.print);
  const ref = page.locator(`${printChapter('round-two')} sup a[href*="-user-content-fn-"]`).first();
  const href = (await ref.getAttribute('href'))!;
  expect(href).toMatch(/^#round-two-/);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();
  await expect(page.locator(`${href} a[href*="-user-content-fnref-"]`).first()).toHaveAttribute('href', /^#round-two-user-content-fnref-/);
});

test('printing hides navigation, starts chapters on a new page and shows link addresses', async ({ page }) => {
  await page.goto(ROUTES.print);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const breaks = await page.locator('.print-chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(CHAPTER_IDS.map(() => 'page'));
  const external = page.locator('.print-chapter a[href^="http"]').first();
  const href = (await external.getAttribute('href'))!;
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href);
});

test('each chapter has a print edition of its own, which its footer links to', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-two'));
  const title = (await page.locator('h1').textContent())!.trim();
  await page.locator('.site-footer').getByRole('link', { name: 'Print this chapter' }).click();
  await expect(page).toHaveURL(new URL(ROUTES.printOf('round-two'), page.url()).href);
  await expect(page.locator('main h2')).toHaveText([title]);
  const chapter = page.locator(printChapter('round-two'));
  await expect(chapter.locator('.table-scroll table:not(.troop-levels)').first()).toBeVisible();
  await expect(chapter.locator('section.footnotes')).toHaveCount(1);
  await expect(chapter.locator('h3', { hasText: 'Sources' })).toHaveCount(1);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  // A footnote reference still reaches its note, under the chapter's prefix.
  const ref = chapter.locator('sup a[href*="-user-content-fn-"]').first();
  await ref.click();
  await expect(page.locator((await ref.getAttribute('href'))!)).toBeInViewport();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-footer')).toBeHidden();
  const external = chapter.locator('a[href^="http"]').first();
  expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toContain((await external.getAttribute('href'))!);
});

test('the timeline and who’s who pages link to the print page', async ({ page }) => {
  for (const path of [ROUTES.timeline, ROUTES.people]) {
    await page.goto(path);
    await page.getByRole('link', { name: 'Print or save the whole explainer' }).click();
    await expect(page).toHaveURL(new URL(ROUTES.print, page.url()).href);
  }
});
