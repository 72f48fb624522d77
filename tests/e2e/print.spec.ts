import { expect, test } from '@playwright/test';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { ANCHORS, CHAPTER_IDS, ROUTES, routes } from '../support/site.ts';

const printChapter = (id: string) => `.print-chapter:has(#${ANCHORS.printChapter(id)})`;

test('the print page holds every chapter in order, then the timeline, who’s who and the troop levels', async ({ page }) => {
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
  await expect(page.locator('main h2')).toHaveText(['Contents', ...titles, 'Timeline', 'Who’s who', 'Appendix: US troop levels']);
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
  expect(after).toContain(typed(href));
});

/** An address as the print page prints it: without "https://" or "www.". */
const typed = (href: string) => href.replace(/^https?:\/\/(?:www\.)?/, '');

test('on paper each external address is printed once, the notes have no ways back, the troop chart and its figures appear once', async ({ page }) => {
  await page.goto(ROUTES.print);
  await page.emulateMedia({ media: 'print' });
  const links = await page.locator('.print-page a[href^="http"]').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
  );
  const printed = links.filter((l) => l.after !== 'none');
  expect(new Set(links.map((l) => l.href)).size, 'every address is printed').toBe(printed.length);
  expect(new Set(printed.map((l) => l.href)).size, 'no address is printed twice').toBe(printed.length);
  for (const l of printed) expect(l.after).toContain(typed(l.href));
  // The first link to an address prints it.
  const first = new Map<string, string>();
  for (const l of links) if (!first.has(l.href)) first.set(l.href, l.after);
  expect([...first.values()].filter((after) => after === 'none')).toEqual([]);

  await expect(page.locator('section.footnotes li a[href*="-user-content-fnref-"]').first()).toBeHidden();
  await expect(page.locator('section.footnotes li').first()).toBeVisible();
  await expect(page.locator('.troop-chart:visible')).toHaveCount(1);
  await expect(page.locator('table.troop-levels')).toHaveCount(1);
  await expect(page.locator('table.troop-levels')).toBeVisible();
});

// A4 in Chromium, as a reader saving a PDF gets it. The page count depends only on the content and the print
// stylesheet; the bound leaves room for a few paragraphs more.
test('the whole explainer prints on at most 36 A4 pages, and a chapter on at most 8', async ({ page }) => {
  const pages = async (path: string) => {
    await page.goto(path);
    const pdf = await page.pdf({ format: 'A4' });
    // Each page is a /Type /Page object in the file (the tree of them is /Type /Pages).
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  };
  const whole = await pages(ROUTES.print);
  expect(whole).toBeGreaterThan(10);
  expect(whole).toBeLessThanOrEqual(36);
  for (const id of CHAPTER_IDS) expect(await pages(ROUTES.chapter(id)), id).toBeLessThanOrEqual(8);
});

test('a chapter prints from its own page: a Print button in its footer, and on paper its text and sources without the site around them', async ({ page }) => {
  await page.addInitScript(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.goto(ROUTES.chapter('round-two'));
  await page.locator('.site-footer').getByRole('button', { name: 'Print this chapter' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.toc', '.prev-next', '.skip-notes']) await expect(page.locator(chrome).first(), chrome).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.chapter-body .table-scroll table').first()).toBeVisible();
  // The sources in two columns, without the ways back; each external address printed after its link.
  const notes = page.locator('section.footnotes');
  expect(await notes.evaluate((el) => getComputedStyle(el).columnCount)).toBe('2');
  await expect(notes.locator('li a[href*="-user-content-fnref-"]').first()).toBeHidden();
  const external = page.locator('.chapter-body a[href^="http"]').first();
  expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toContain((await external.getAttribute('href'))!);
  // Page links have nowhere to lead on paper: the who's who and glossary links print as text alone.
  const internal = page.locator('.chapter-body a[href^="/"]').first();
  expect(await internal.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
});

test('without script the Print button stays hidden: the browser’s own Print command prints the chapter the same way', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ROUTES.chapter('round-two'));
  await expect(page.locator('.site-footer button[data-print]')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  expect(await page.locator('section.footnotes').evaluate((el) => getComputedStyle(el).columnCount)).toBe('2');
  await context.close();
});

test('the timeline and who’s who pages link to the print page', async ({ page }) => {
  for (const path of [ROUTES.timeline, ROUTES.people]) {
    await page.goto(path);
    await page.getByRole('link', { name: 'Print or save the whole explainer' }).click();
    await expect(page).toHaveURL(new URL(ROUTES.print, page.url()).href);
  }
});

test('the print page has a Print button that opens the browser’s print dialog', async ({ page }) => {
  await page.addInitScript(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.goto(ROUTES.print);
  const button = page.getByRole('button', { name: 'Print or save as PDF' });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

// The Dari and Pashto print editions: right to left on paper too, at a length that still makes sense to print.
for (const edition of BUILT_EDITIONS.filter((e) => e.dir === 'rtl')) {
  test(`${edition.id}: the whole explainer prints right to left on at most 40 A4 pages`, async ({ page }) => {
    const path = routes('/', edition).print;
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const layout = await page.evaluate(() => {
      const heading = document.querySelector('.print-chapter h2')!;
      const paragraph = document.querySelector('.print-chapter p')!;
      return {
        direction: getComputedStyle(paragraph).direction,
        align: getComputedStyle(paragraph).textAlign,
        // A heading starts at the right: its text ends nearer the right edge of its box than the left.
        headingAtRight: (() => {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const text = range.getBoundingClientRect();
          const box = heading.getBoundingClientRect();
          return box.right - text.right < text.left - box.left;
        })(),
      };
    });
    expect(layout.direction).toBe('rtl');
    expect(['start', 'right']).toContain(layout.align);
    expect(layout.headingAtRight).toBe(true);
    const breaks = await page.locator('.print-chapter').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(CHAPTER_IDS.map(() => 'page'));
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
    expect(pages).toBeGreaterThan(10);
    expect(pages).toBeLessThanOrEqual(40);
  });
}
