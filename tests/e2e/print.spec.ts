import { expect, test } from '@playwright/test';

const CHAPTERS = ['background', 'round-one', 'round-two', 'outlook'];

test('the print page holds every chapter in order, then the timeline and who’s who', async ({ page }) => {
  const titles: string[] = [];
  for (const id of CHAPTERS) {
    await page.goto(`/${id}/`);
    titles.push((await page.locator('h1').textContent())!.trim());
  }
  await page.goto('/timeline/');
  const eventCount = await page.locator('.event').count();
  await page.goto('/people/');
  const actorCount = await page.locator('.actor').count();

  await page.goto('/print/');
  await expect(page.locator('main h2')).toHaveText(['Contents', ...titles, 'Timeline', 'Who’s who']);
  await expect(page.locator('.event')).toHaveCount(eventCount);
  await expect(page.locator('.actor')).toHaveCount(actorCount);
  for (const id of CHAPTERS) {
    const chapter = page.locator(`.print-chapter:has(#chapter-${id})`);
    await expect(chapter.locator('.table-scroll table:not(.troop-levels)').first()).toBeVisible();
    await expect(chapter.locator('section.footnotes')).toHaveCount(1);
    await expect(chapter.locator('h3', { hasText: 'Sources' })).toHaveCount(1);
  }
  await expect(page.locator('main')).toContainText(/as of 1 March 2021/i);
});

test('one h1, no skipped heading levels, and every id unique', async ({ page }) => {
  await page.goto('/print/');
  await expect(page.locator('h1')).toHaveCount(1);
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);

  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(repeated).toEqual([]);
});

test('footnotes and every other in-page link reach their target', async ({ page }) => {
  await page.goto('/print/');
  const targets = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
  expect(targets.length).toBeGreaterThan(50);
  const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(decodeURIComponent(id))), targets);
  expect(missing).toEqual([]);

  const ref = page.locator('.print-chapter:has(#chapter-round-two) sup a[data-footnote-ref]').first();
  const href = (await ref.getAttribute('href'))!;
  expect(href).toMatch(/^#round-two-/);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();
  await expect(page.locator(`${href} a[data-footnote-backref]`).first()).toHaveAttribute('href', /^#round-two-user-content-fnref-/);
});

test('printing hides navigation, starts chapters on a new page and shows link addresses', async ({ page }) => {
  await page.goto('/print/');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const breaks = await page.locator('.print-chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(CHAPTERS.map(() => 'page'));
  const external = page.locator('.print-chapter a[href^="http"]').first();
  const href = (await external.getAttribute('href'))!;
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href);
});

test('the timeline and who’s who pages link to the print page', async ({ page }) => {
  for (const path of ['/timeline/', '/people/']) {
    await page.goto(path);
    await page.getByRole('link', { name: 'Print or save the whole explainer' }).click();
    await expect(page).toHaveURL(/\/print\/$/);
  }
});
