/** Share cards: every page names a 1200×630 PNG for link previews; the home page and each chapter have their own, in every edition. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUILT_EDITIONS, localeOf } from '../../src/i18n/index.ts';
import { readFileList } from '../../src/integrations/service-worker.ts';
import { DIST } from '../support/project.ts';
import { CHAPTER_IDS, routes } from '../support/site.ts';

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute('content');

/** Width and height from a PNG's header: the IHDR chunk right after the 8-byte signature. */
function pngSize(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Cards are not downloaded by readers, but a link preview fetches one: each stays small. */
const CARD_BYTES_MAX = 80 * 1024;

for (const edition of BUILT_EDITIONS) {
  const r = routes('/', edition);
  const { t } = localeOf(edition);
  // A chapter's card shows its title, which the page's heading gives; the other pages show the home page's card.
  const pages = [
    { path: r.home, card: 'home', chapter: false },
    ...CHAPTER_IDS.map((id) => ({ path: r.chapter(id), card: id, chapter: true })),
    { path: r.timeline, card: 'home', chapter: false },
  ];

  for (const { path, card, chapter } of pages) {
    test(`${path} names its edition’s share card, with alt text in the edition’s language, and the card is a 1200×630 PNG`, async ({ page, request }) => {
      await page.goto(path);
      const image = (await meta(page, 'og:image'))!;
      const url = new URL(image);
      expect(url.protocol).toBe('https:');
      expect(url.pathname).toBe(r.shareCard(card));
      expect(await meta(page, 'twitter:image')).toBe(image);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'og:image:type')).toBe('image/png');
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');
      const title = chapter ? (await page.locator('h1').textContent())!.trim() : t.site.title;
      expect(await meta(page, 'og:image:alt')).toBe(t.shareCard.alt(title, t.site.title));
      expect(await meta(page, 'twitter:image:alt')).toBe(await meta(page, 'og:image:alt'));
      const response = await request.get(url.pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length, `${url.pathname}: ${png.length} bytes`).toBeLessThan(CARD_BYTES_MAX);
    });
  }
}

test('each edition draws its own cards: a Dari or Pashto card is not the English one', async ({ request }) => {
  const bodies = await Promise.all(BUILT_EDITIONS.map(async (edition) => (await request.get(routes('/', edition).shareCard(CHAPTER_IDS[0]))).body()));
  expect(new Set(bodies.map((b) => b.toString('base64'))).size).toBe(BUILT_EDITIONS.length);
});

test('no share card is kept for offline reading: neither in the core nor in the saved copy', () => {
  const list = readFileList(DIST);
  expect(list.precache.length).toBeGreaterThan(0);
  for (const edition of BUILT_EDITIONS) expect(existsSync(join(DIST, routes('/', edition).shareCard('home')))).toBe(true);
  expect([...list.precache.map((f) => f.path), ...list.save.map((f) => f.url)].filter((p) => /share\//.test(p))).toEqual([]);
});
