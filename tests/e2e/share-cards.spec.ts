/** Share cards: every page names a 1200×630 PNG for link previews; the home page and each chapter have their own. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readFileList } from '../../src/integrations/service-worker.ts';
import { DIST } from '../support/project.ts';
import { CHAPTER_IDS, ROUTES } from '../support/site.ts';

const meta = (page: Page, key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute('content');

/** Width and height from a PNG's header: the IHDR chunk right after the 8-byte signature. */
function pngSize(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const pages = [
  { path: ROUTES.home, card: 'home', title: /^“The Afghan Peace Talks, Explained”/ },
  ...CHAPTER_IDS.map((id) => ({ path: ROUTES.chapter(id), card: id, title: /^“[^”]+”, from The Afghan Peace Talks, Explained/ })),
  { path: ROUTES.timeline, card: 'home', title: /^“The Afghan Peace Talks, Explained”/ },
];

for (const { path, card, title } of pages) {
  test(`${path} names its share card, and the card is a 1200×630 PNG`, async ({ page, request }) => {
    await page.goto(path);
    const image = (await meta(page, 'og:image'))!;
    const url = new URL(image);
    expect(url.protocol).toBe('https:');
    expect(url.pathname).toBe(`/share/${card}.png`);
    expect(await meta(page, 'twitter:image')).toBe(image);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'og:image:type')).toBe('image/png');
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'og:image:alt')).toMatch(title);
    expect(await meta(page, 'twitter:image:alt')).toBe(await meta(page, 'og:image:alt'));
    const response = await request.get(url.pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('no share card is kept for offline reading: neither in the core nor in the saved copy', () => {
  const list = readFileList(DIST);
  expect(list.precache.length).toBeGreaterThan(0);
  expect(existsSync(join(DIST, 'share', 'home.png'))).toBe(true);
  expect([...list.precache.map((f) => f.path), ...list.save.map((f) => f.url)].filter((p) => /share\//.test(p))).toEqual([]);
});
