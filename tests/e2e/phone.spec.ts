/**
 * Reading on a 390×844 phone: a one-row header whose menu reaches every part of the site, the story on the
 * first screen, tables that fit, footnote marks that neither run together nor stretch their line; and the
 * same links in rows without a stray item on wide screens.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_IDS, ROUTES } from '../support/site.ts';

const PHONE = { width: 390, height: 844 };
/** Where the first paragraph must start at the latest, leaving room above the fold for a short "in brief" box. */
const FIRST_PARAGRAPH_MAX = 560;
const CHAPTERS = CHAPTER_IDS.map((id) => ROUTES.chapter(id));

/** The parts of the site besides the chapters, as the footer lists them (all but home, search, the about and translation status pages, which only the footer links), and the print page. */
async function sections(page: Page): Promise<string[]> {
  const footer = await page.locator('.site-footer .links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...footer.filter((href) => href !== ROUTES.home && href !== ROUTES.search && href !== ROUTES.about && href !== ROUTES.translations && !href.startsWith(ROUTES.print)), ROUTES.print];
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the header is one row, at most 96 px tall, on every kind of page', async ({ page }) => {
    for (const path of [ROUTES.home, ...CHAPTERS, ROUTES.timeline, ROUTES.people, ROUTES.data, ROUTES.search, ROUTES.offline, ROUTES.print]) {
      await page.goto(path);
      const header = page.locator('.site-header');
      expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(96);
      // Title, search, colour scheme and menu side by side.
      const tops = await page.locator('.header-inner > *').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      const rows = new Set(await page.locator('.header-inner > :is(.site-title, .search-box, .theme-toggle, .chapter-nav)').evaluateAll((els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)),
      ));
      expect(tops.length, path).toBe(4);
      expect(rows.size, `${path}: the header's controls share one row`).toBe(1);
    }
  });

  test('the menu reaches every chapter and section, by keyboard, and Escape closes it', async ({ page }) => {
    await page.goto(ROUTES.chapter('round-one'));
    const expected = [...CHAPTERS, ...(await sections(page))];
    for (const href of [ROUTES.timeline, ROUTES.people, ROUTES.data, ROUTES.offline, ROUTES.print]) expect(expected).toContain(href);

    const menu = page.locator('.site-header details.menu');
    const toggle = menu.locator('summary');
    const links = menu.locator('.panel :not(.languages) > li > a');
    await expect(links.first()).toBeHidden();
    await expect(toggle).toHaveAccessibleName('Menu');
    for (let i = 0; i < 20 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(links.first()).toBeVisible();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expected);
    // Tab walks through every link, each visible in turn.
    for (const href of expected) {
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAttribute('href', href);
      await expect(page.locator(':focus')).toBeInViewport();
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await expect(links.first()).toBeHidden();
    await expect(toggle).toBeFocused();
    // The current chapter is marked in the menu.
    await page.keyboard.press('Enter');
    await expect(menu.locator('a[aria-current="page"]')).toHaveAttribute('href', ROUTES.chapter('round-one'));
    const { violations } = await new AxeBuilder({ page }).include('.site-header').analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('the menu works without script: a disclosure, and the search button opens the search page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ROUTES.chapter('background'));
    await page.locator('.menu summary').click();
    await page.locator('.menu').getByRole('link', { name: 'Who’s who' }).click();
    await expect(page).toHaveURL(new URL(ROUTES.people, page.url()).href);
    await page.locator('.site-header .search-box button').click();
    await expect(page).toHaveURL(/\/search\/\?q=$/);
    await context.close();
  });

  test('each chapter’s first paragraph starts on the first screen', async ({ page }) => {
    for (const path of CHAPTERS) {
      await page.goto(path);
      const top = (await page.locator('.chapter-body > p').first().boundingBox())!.y;
      expect(top, path).toBeLessThanOrEqual(FIRST_PARAGRAPH_MAX);
      // The brief and the key numbers follow the opening paragraph.
      expect(await page.locator('.chapter-body > p:first-child + .in-brief + .key-numbers').count(), path).toBe(1);
    }
  });

  test('the home page shows what the site is and the first chapter on its first screen', async ({ page }) => {
    await page.goto(ROUTES.home);
    await expect(page.locator('h1')).toBeInViewport();
    await expect(page.locator('.intro p').first()).toBeInViewport();
    const card = page.locator('.chapter-card').first();
    expect((await card.boundingBox())!.y).toBeLessThan(PHONE.height - 100);
    // The whole card is the link to its chapter.
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width - 10, box.y + box.height - 10);
    await expect(page).toHaveURL(new URL(CHAPTERS[0]!, page.url()).href);
  });

  test('the contents box stays at the top while the chapter is read, and takes the reader to a section below it', async ({ page }) => {
    await page.goto(ROUTES.chapter('round-two'));
    const toc = page.locator('.toc');
    // Far down the chapter, the collapsed box is still at the top of the screen, one row high.
    await page.locator('#footnote-label').scrollIntoViewIfNeeded();
    const box = (await toc.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(20);
    expect(box.height).toBeLessThan(60);
    await toc.locator('summary').click();
    const link = toc.getByRole('link').nth(2);
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    // Closed again, and the section's heading shows below it, not under it.
    await expect(toc.locator('details')).not.toHaveAttribute('open', '');
    const bar = (await toc.boundingBox())!;
    // The page may scroll smoothly: wait for the heading to arrive.
    await expect.poll(async () => (await page.locator(`[id="${id}"]`).boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect((await page.locator(`[id="${id}"]`).boundingBox())!.y).toBeLessThan(PHONE.height / 2);
  });

  test('tables fit: no cell is cut or overflows, wide tables stack with each cell labelled', async ({ page }) => {
    let stacked = 0;
    for (const path of CHAPTERS) {
      await page.goto(path);
      for (const region of await page.locator('.chapter-body .table-scroll').all()) {
        await expect(region).toHaveAttribute('aria-label', /^Table: /);
        await expect(region).toHaveAttribute('tabindex', '0');
        const fit = await region.evaluate((el) => ({
          region: el.scrollWidth - el.clientWidth,
          cells: [...el.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent),
        }));
        expect(fit.region, `${path}: a table scrolls sideways`).toBeLessThanOrEqual(0);
        expect(fit.cells, `${path}: cells whose text overflows`).toEqual([]);
        if (await region.evaluate((el) => el.classList.contains('stack'))) {
          stacked++;
          const labels = await region.locator('tbody td:not(:first-child)').evaluateAll((tds) =>
            tds.map((td) => [getComputedStyle(td).display, getComputedStyle(td, '::before').content]),
          );
          for (const [display, label] of labels) {
            expect(display).toBe('block');
            expect(label).not.toBe('none');
          }
        }
      }
    }
    expect(stacked, 'some chapter has a table of three or more columns').toBeGreaterThan(0);
  });

  test('footnote marks: adjacent ones in one ascending group, each linking to its note, and no line taller for them', async ({ page }) => {
    let groups = 0;
    for (const path of CHAPTERS) {
      await page.goto(path);
      const marks = await page.locator('.chapter-body sup').evaluateAll((sups) =>
        sups.map((sup) => ({
          numbers: [...sup.querySelectorAll('a')].map((a) => Number(a.textContent)),
          text: sup.textContent,
          // Another mark right after this one, with nothing but space between.
          runsOn: (() => {
            let next = sup.nextSibling;
            while (next && next.nodeType === Node.TEXT_NODE && !next.textContent!.trim()) next = next.nextSibling;
            return next instanceof Element && next.tagName === 'SUP';
          })(),
          notes: [...sup.querySelectorAll('a')].every((a) => !!document.getElementById(a.getAttribute('href')!.slice(1))),
        })),
      );
      for (const mark of marks) {
        expect(mark.runsOn, `${path}: marks run together after "${mark.text}"`).toBe(false);
        expect(mark.numbers, `${path}: ${mark.text}`).toEqual([...mark.numbers].sort((a, b) => a - b));
        expect(mark.notes, `${path}: ${mark.text}`).toBe(true);
        if (mark.numbers.length > 1) {
          groups++;
          expect(mark.text).toBe(mark.numbers.join(', '));
        }
      }
      // A paragraph with marks is a whole number of lines tall: no line grew to make room for one.
      const uneven = await page.locator('.chapter-body > p:has(sup)').evaluateAll((ps) =>
        ps.filter((p) => {
          const line = parseFloat(getComputedStyle(p).lineHeight);
          const lines = p.getBoundingClientRect().height / line;
          return Math.abs(lines - Math.round(lines)) > 0.05;
        }).map((p) => p.textContent!.slice(0, 40)),
      );
      expect(uneven, `${path}: paragraphs with taller lines`).toEqual([]);
    }
    expect(groups, 'some references are grouped').toBeGreaterThan(0);
  });
});

for (const width of [1024, 1280]) {
  test(`at ${width} px the header shows every link in rows, none of them alone on its row`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(ROUTES.chapter('background'));
    const links = page.locator('.site-header .panel :not(.languages) > li > a');
    await expect(page.locator('.menu summary')).toBeHidden();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([...CHAPTERS, ...(await sections(page))]);
    const rows = new Map<number, number>();
    for (const box of await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)))) rows.set(box, (rows.get(box) ?? 0) + 1);
    for (const [top, count] of rows) expect(count, `the row at ${top} px`).toBeGreaterThan(1);
    await expect(links.first()).toBeInViewport();
  });
}
