import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';

const bibliography = new Map(
  (parseCsv(readFileSync(new URL('../../content/sources.csv', import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[]).map((s) => [s.id!, s]),
);

const CHAPTERS = ['background', 'round-one', 'round-two', 'outlook'];

test('home lists the four chapters in reading order, and every link on it works', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toContainText(/as of/i);
  const cardLinks = await page.locator('main .cards a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(cardLinks).toEqual(CHAPTERS.map((id) => `/${id}/`));

  const hrefs = await page.locator('a[href]').evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
  );
  expect(hrefs.length).toBeGreaterThan(8);
  for (const href of new Set(hrefs.map((h) => h.split('#')[0]!))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

for (const id of CHAPTERS) {
  test(`${id}: renders its title, dates, GFM table, footnotes and sources`, async ({ page }) => {
    await page.goto(`/${id}/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.chapter-header')).toContainText(/Chapter \d of 4/);
    await expect(page.locator('.chapter-header')).toContainText(/As of/);
    // The chapter's own GFM tables, not the troop chart's data table.
    const table = page.locator('.chapter-body .table-scroll table:not(.troop-levels)').first();
    await expect(table).toBeVisible();
    expect(await table.locator('th').count()).toBeGreaterThan(1);

    // Every footnote reference points at a footnote that exists, and each footnote links back.
    const refs = page.locator('.chapter-body sup a[data-footnote-ref]');
    expect(await refs.count()).toBeGreaterThan(2);
    for (const target of new Set(await refs.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))) {
      await expect(page.locator(target)).toHaveCount(1);
    }
    await expect(page.locator('section.footnotes li a[data-footnote-backref]').first()).toBeAttached();

    // The footnotes are the chapter's sources: under a visible "Sources" heading the contents link to, each
    // names its source with the bibliography's headline, linked to the source wherever it has an address.
    await expect(page.locator('section.footnotes > h2#footnote-label')).toBeVisible();
    await expect(page.locator('section.footnotes > h2#footnote-label')).toHaveText('Sources');
    await expect(page.locator('.toc a[href="#footnote-label"]')).toBeAttached();
    const notes = await page.locator('section.footnotes li[id^="user-content-fn-"]').evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id.replace('user-content-fn-', ''), href: li.querySelector('em a[rel~="external"]')?.getAttribute('href') ?? null })),
    );
    expect(notes.length).toBeGreaterThan(2);
    for (const note of notes) expect(note.href, note.id).toBe(bibliography.get(note.id)?.url || null);

    // Every section heading links to itself, with a name that says so.
    const headings = page.locator('.chapter-body :is(h2, h3)[id]:not(#footnote-label)');
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
  await page.goto(`/${CHAPTERS[0]}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  for (let i = 1; i < CHAPTERS.length; i++) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/${CHAPTERS[i]}/$`));
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${CHAPTERS[i - 1]}/`);
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('the header navigation marks the current chapter', async ({ page }) => {
  await page.goto('/round-two/');
  const current = page.locator('.chapter-nav a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', '/round-two/');
});

test('an unknown address shows the 404 page with search and the chapter list', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main form[role="search"]')).toBeVisible();
  await expect(page.locator('main ol a')).toHaveCount(CHAPTERS.length);
});

test('a 360 px phone shows the page without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', ...CHAPTERS.map((id) => `/${id}/`), '/search/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
