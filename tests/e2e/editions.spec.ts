/**
 * The Dari and Pashto editions as a reader meets them, on a 390×844 phone and a 1280×800 screen: right to
 * left, mirrored, no sideways scrolling, English runs isolated, Afghan dates and digits, the way to the
 * other editions and to the English original, the story on the first screen, and the chart and map in the
 * edition's words and digits.
 */
import { expect, test, type Page } from '@playwright/test';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { DEFAULT_EDITION, editionName } from '../../src/site.ts';
import { CHAPTER_IDS, routes } from '../support/site.ts';

const TRANSLATED = BUILT_EDITIONS.filter((e) => e.dir === 'rtl');
const ENGLISH = routes('/', DEFAULT_EDITION);
const LATIN_DIGIT = /[0-9]/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** The Solar Hijri months as each edition names them (Dari حمل … حوت, Pashto وری … کب): a few of each. */
const SOLAR_MONTH = { fa: /حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت/, ps: /وری|غویی|غبرګولی|چنګاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|سلواغه|کب/ } as Record<string, RegExp>;

/** Text a reader reads in `selector`, without the parts marked as English (sources, names kept in English). */
const editionText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as Element;
      for (const english of copy.querySelectorAll(':lang(en), code, sup, [hidden]')) english.remove();
      return copy.textContent ?? '';
    }),
  );

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const edition of TRANSLATED) {
      const r = routes('/', edition);
      const pages = [r.home, ...CHAPTER_IDS.map((id) => r.chapter(id)), r.timeline, r.people, r.glossary, r.commitments, r.data, r.search, r.offline, r.print];

      test(`${edition.id}: every page is right to left in ${edition.lang}, mirrored, with no sideways scrolling`, async ({ page }) => {
        for (const path of pages) {
          await page.goto(path);
          await expect(page.locator('html'), path).toHaveAttribute('lang', edition.lang);
          await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl');
          const layout = await page.evaluate(() => {
            const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
            const se = document.scrollingElement!;
            const header = document.querySelector('.header-inner')!;
            const end = header.getBoundingClientRect().right - parseFloat(getComputedStyle(header).paddingRight);
            return { scroll: se.scrollWidth - se.clientWidth, title: box('.site-title'), end, menu: box('.chapter-nav') };
          });
          expect(layout.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
          // The title at the inline start, the right; the controls after it, to its left.
          expect(Math.abs(layout.end - layout.title.right), `${path}: the title starts at the right`).toBeLessThanOrEqual(2);
          if (viewport.width < 1024) expect(layout.menu.right, `${path}: the menu is left of the title`).toBeLessThanOrEqual(layout.title.left);
        }
      });

      test(`${edition.id}: the language choice links each page to the same page in the other editions, each named in its own language`, async ({ page }) => {
        for (const path of [r.home, r.chapter('round-two'), r.timeline, r.print]) {
          await page.goto(path);
          const links = await page.locator('.site-header .languages a').evaluateAll((as) =>
            as.map((a) => ({ href: a.getAttribute('href'), lang: a.getAttribute('lang'), text: a.textContent!.trim() })),
          );
          const rest = path.slice(r.home.length);
          expect(links, path).toEqual(
            BUILT_EDITIONS.filter((e) => e.id !== edition.id).map((e) => ({ href: routes('/', e).home + rest, lang: e.lang, text: editionName(e) })),
          );
        }
        // Reachable on a phone through the menu.
        await page.goto(r.chapter('round-one'));
        if (viewport.width < 1024) await page.locator('.menu summary').click();
        await page.locator('.site-header .languages a[lang="en-GB"]').click();
        await expect(page).toHaveURL(new URL(ENGLISH.chapter('round-one'), page.url()).href);
      });

      test(`${edition.id}: each chapter says near its top that it is a translation, links the English page, and starts its story on the first screen`, async ({ page }) => {
        for (const id of CHAPTER_IDS) {
          const path = r.chapter(id);
          await page.goto(path);
          const notice = page.locator('.translation-notice');
          await expect(notice, path).toBeInViewport();
          await expect(notice.locator(`a[href="${ENGLISH.chapter(id)}"]`), path).toHaveCount(1);
          await expect(notice, path).toContainText(ARABIC_SCRIPT);
          // At least the first three lines of the opening paragraph on the first screen.
          const first = await page.locator('.chapter-body > p').first().evaluate((p) => ({ top: p.getBoundingClientRect().top, line: parseFloat(getComputedStyle(p).lineHeight) }));
          expect(first.top + 3 * first.line, `${path}: the opening paragraph's first lines`).toBeLessThanOrEqual(viewport.height);
        }
      });

      test(`${edition.id}: prose in ۰–۹, English sources isolated in the footnotes, each footnote's way back in place`, async ({ page }) => {
        for (const id of CHAPTER_IDS) {
          const path = r.chapter(id);
          await page.goto(path);
          const prose = await editionText(page, '.chapter-body > p, .chapter-header .facts, .in-brief li');
          expect(prose.filter((t) => LATIN_DIGIT.test(t)), `${path}: Latin digits in the prose`).toEqual([]);
          expect(prose.join(' '), path).toMatch(/[۰-۹]/);
          // Every footnote is an English citation: marked as English, laid out left to right, so that its
          // commas and full stop follow its words; its list number stays on the right.
          const notes = await page.locator('section.footnotes li').evaluateAll((lis) =>
            lis.map((li) => {
              const style = getComputedStyle(li);
              const back = li.querySelector('a[href*="fnref"]')!.getBoundingClientRect();
              const text = li.getBoundingClientRect();
              return { lang: li.closest('[lang]')!.getAttribute('lang'), bidi: style.unicodeBidi, dir: style.direction, back: back.right <= text.right && back.left >= text.left };
            }),
          );
          expect(notes.length, path).toBeGreaterThan(0);
          for (const note of notes) expect(note, path).toEqual({ lang: DEFAULT_EDITION.lang, bidi: 'plaintext', dir: 'rtl', back: true });
          // The way back from a note reaches its reference.
          const back = page.locator('section.footnotes li a[href*="fnref"]').first();
          await back.click();
          await expect(page.locator((await back.getAttribute('href'))!)).toBeInViewport();
        }
      });

      test(`${edition.id}: the timeline dates each event in the Solar Hijri calendar beside the Gregorian, in ۰–۹`, async ({ page }) => {
        await page.goto(r.timeline);
        const dates = await page.locator('.event-date time').allTextContents();
        expect(dates.length).toBeGreaterThan(20);
        for (const date of dates) {
          expect(date).not.toMatch(LATIN_DIGIT);
          // "قوس–جدی ۱۳۵۸ (دسامبر ۱۹۷۹)": the Solar Hijri date, then the Gregorian in brackets.
          expect(date).toMatch(/^[^()]*[۰-۹]{4}[^()]* \([^()]*[۰-۹]{4}\)$/);
        }
        expect(dates.filter((d) => SOLAR_MONTH[edition.id]!.test(d)).length, 'dates with a Solar Hijri month').toBeGreaterThan(dates.length / 2);
      });

      test(`${edition.id}: the troop chart and the locator map are labelled in the edition's words and digits`, async ({ page, request }) => {
        await page.goto(r.chapter('round-two'));
        const chart = page.locator('.troop-chart svg.chart');
        const labels = await chart.locator('text').allTextContents();
        expect(labels.filter((t) => LATIN_DIGIT.test(t)), 'Latin digits on the chart').toEqual([]);
        const annotations = await chart.locator('text.annotation').allTextContents();
        expect(annotations.length).toBeGreaterThan(0);
        for (const a of annotations) expect(a, 'an annotation in English').not.toMatch(/[A-Za-z]/);
        // Every label inside the drawing, none cut off at its edges.
        const outside = await chart.evaluate((svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter((t) => {
            const b = t.getBoundingClientRect();
            return t.getClientRects().length > 0 && getComputedStyle(t).display !== 'none' && (b.left < frame.left - 1 || b.right > frame.right + 1);
          }).map((t) => t.textContent);
        });
        expect(outside, 'labels outside the chart').toEqual([]);

        const map = await (await request.get(r.locatorMap)).text();
        const mapLabels = [...map.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
        expect(mapLabels.length).toBeGreaterThan(5);
        for (const label of mapLabels) {
          expect(label, 'a map label in English').toMatch(ARABIC_SCRIPT);
          expect(label, 'a map label in Latin digits').not.toMatch(LATIN_DIGIT);
        }
      });
    }
  });
}
