import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { ROOT } from '../support/project.ts';
import { ANCHORS, CHAPTER_IDS, ROUTES } from '../support/site.ts';

const bibliography = new Map(
  (parseCsv(readFileSync(`${ROOT}content/sources.csv`, 'utf8'), { columns: true }) as Record<string, string>[]).map((s) => [s.id!, s]),
);

// That every link on every page resolves is checked on the built pages (tests/dist/links.test.ts).
test('home lists the chapters in reading order', async ({ page }) => {
  await page.goto(ROUTES.home);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toContainText(/as of/i);
  const cardLinks = await page.locator('main .cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(cardLinks).toEqual(CHAPTER_IDS.map((id) => ROUTES.chapter(id)));
});

for (const [index, id] of CHAPTER_IDS.entries()) {
  test(`${id}: renders its title, dates, GFM table, footnotes and sources`, async ({ page }) => {
    await page.goto(ROUTES.chapter(id));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.chapter-header')).toContainText(`Chapter ${index + 1} of ${CHAPTER_IDS.length}`);
    await expect(page.locator('.chapter-header')).toContainText(/As of/);
    // The chapter's own GFM tables, not the troop chart's data table.
    const table = page.locator('.chapter-body .table-scroll table:not(.troop-levels)').first();
    await expect(table).toBeVisible();
    expect(await table.locator('th').count()).toBeGreaterThan(1);

    // Each footnote reference's note links back to that very reference, and every note is referenced
    // (that the targets exist is the link check's job).
    const refs = page.locator('.chapter-body sup a[href^="#user-content-fn-"]');
    expect(await refs.count()).toBeGreaterThan(2);
    const unpaired = await refs.evaluateAll((as) =>
      as.filter((a) => !document.querySelector(`${a.getAttribute('href')} a[href="#${a.id}"]`)).map((a) => a.id),
    );
    expect(unpaired, 'references whose note does not link back to them').toEqual([]);
    const referenced = new Set(await refs.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1))));

    // The footnotes are the chapter's sources: under a visible "Sources" heading the contents link to, each
    // names its source with the bibliography's headline, linked to the source wherever it has an address.
    await expect(page.locator(`section.footnotes > h2#${ANCHORS.sources}`)).toBeVisible();
    await expect(page.locator(`section.footnotes > h2#${ANCHORS.sources}`)).toHaveText('Sources');
    await expect(page.locator(`.toc a[href="#${ANCHORS.sources}"]`)).toBeAttached();
    const notes = await page.locator('section.footnotes li[id^="user-content-fn-"]').evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id.replace('user-content-fn-', ''), href: li.querySelector('em a[href^="http"]')?.getAttribute('href') ?? null })),
    );
    expect(new Set(notes.map((n) => `user-content-fn-${n.id}`))).toEqual(referenced);
    for (const note of notes) expect(note.href, note.id).toBe(bibliography.get(note.id)?.url || null);

    // Every section heading links to itself, with a name that says so (the key numbers' heading, for
    // screen readers, is the page's, not the text's; the brief's heading heads no section).
    const headings = page.locator(`.chapter-body :is(h2, h3)[id]:not(#${ANCHORS.sources}, #${ANCHORS.inBrief}):not(.key-numbers *)`);
    expect(await headings.count()).toBeGreaterThan(2);
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute('id');
      const anchor = heading.locator('a.heading-anchor');
      await expect(anchor).toHaveAttribute('href', `#${id}`);
      await expect(anchor).toHaveAttribute('aria-label', /^Link to this section: /);
    }
  });
}

test('previous and next links follow the reading order', async ({ page }) => {
  await page.goto(ROUTES.chapter(CHAPTER_IDS[0]));
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  for (let i = 1; i < CHAPTER_IDS.length; i++) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new URL(ROUTES.chapter(CHAPTER_IDS[i]!), page.url()).href);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', ROUTES.chapter(CHAPTER_IDS[i - 1]!));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('the header navigation marks the current chapter', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-two'));
  const current = page.locator('.chapter-nav a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', ROUTES.chapter('round-two'));
});

test('an unknown address shows the 404 page with search and the chapter list', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main form[role="search"]')).toBeVisible();
  expect(await page.locator('main ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(CHAPTER_IDS.map((id) => ROUTES.chapter(id)));
});

test('a 360 px phone shows the page without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [ROUTES.home, ...CHAPTER_IDS.map((id) => ROUTES.chapter(id)), ROUTES.search]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('keyboard: heading self-links are no tab stops, the contents reach the citation, and a link skips the sources', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ROUTES.chapter('round-one'));
  // Each self-link's address is also a contents link, which stays a tab stop.
  const anchors = page.locator('.heading-anchor');
  expect(await anchors.count()).toBeGreaterThan(3);
  for (const href of await anchors.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), (a as HTMLElement).tabIndex]))) {
    expect(href[1]).toBe(-1);
    await expect(page.locator(`.toc a[href="${href[0]}"]`)).toHaveCount(1);
  }
  await expect(page.locator('.toc a').last()).toHaveAttribute('href', '#cite-heading');
  await expect(page.locator('.toc a[href="#chapter-timeline-heading"]')).toHaveCount(1);

  // The skip link after the sources' heading: hidden until focused, then it moves on past every note.
  const skip = page.locator(`#${ANCHORS.sources} + a.skip-notes`);
  await expect(skip).toHaveAttribute('href', '#chapter-timeline-heading');
  expect((await skip.boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.locator(`.toc a[href="#${ANCHORS.sources}"]`).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(50);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The next stop is in the key dates, not the first note.
  expect(await page.evaluate(() => !!document.activeElement?.closest('.chapter-timeline'))).toBe(true);
});

test('on a phone the contents box stands clear of the first paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const id of CHAPTER_IDS) {
    await page.goto(ROUTES.chapter(id));
    const gap = await page.evaluate(() => document.querySelector('.chapter-body > p')!.getBoundingClientRect().top - document.querySelector('.toc')!.getBoundingClientRect().bottom);
    expect(gap, id).toBeGreaterThanOrEqual(16);
  }
});

test('the home page shows a figure for each chapter, never a bare date', async ({ page }) => {
  await page.goto(ROUTES.home);
  const values = await page.locator('.key-numbers .value').allTextContents();
  expect(values.length).toBe(CHAPTER_IDS.length);
  for (const v of values) expect(v).not.toMatch(/^\d{4}$|January|February|March|April|May|June|July|August|September|October|November|December/);
});
