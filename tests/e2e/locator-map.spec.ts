/** The locator map: an SVG file drawn at build time, shown on the home page and in the background chapter. */
import { expect, test, type Page } from '@playwright/test';
import { ROUTES } from '../support/site.ts';

const PLACES = ['Kabul', 'Kandahar', 'Islamabad', 'Doha', 'Abu Dhabi', 'Moscow'];

for (const path of [ROUTES.home, ROUTES.chapter('background')]) {
  test(`${path} shows the map with a text alternative naming every place, and its sources and boundary policy`, async ({ page }) => {
    await page.goto(path);
    const figure = page.locator('figure.locator-map');
    await expect(figure).toHaveCount(1);
    await expect(figure).toHaveAccessibleName('Afghanistan, its neighbours and the places of the talks');
    const img = figure.locator('img');
    await img.scrollIntoViewIfNeeded();
    const alt = (await img.getAttribute('alt'))!;
    for (const place of PLACES) expect(alt, place).toContain(`${place}, `);
    expect(alt).toMatch(/off the map, about 3,400 km north-west of Kabul/);
    // Its size is known before it loads, so nothing moves when it does.
    await expect(img).toHaveAttribute('width', '320');
    await expect(img).toHaveAttribute('height', '236');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(320);
    const caption = figure.locator('figcaption');
    await expect(caption).toContainText('Natural Earth (public domain)');
    await expect(caption).toContainText('de facto');
    await expect(caption).toContainText('Durand Line');
    await expect(caption).toContainText('GeoNames (CC BY 4.0)');
  });
}

test('the map file is a small SVG that loads nothing else and runs nothing', async ({ request }) => {
  const response = await request.get(ROUTES.locatorMap);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  const svg = await response.text();
  expect(svg.length).toBeLessThan(15 * 1024);
  expect(svg).not.toMatch(/<script|href=|url\(|@import|@font-face/);
  expect([...svg.matchAll(/https?:\/\/[^"]+/g)].map((m) => m[0])).toEqual(['http://www.w3.org/2000/svg']);
  for (const place of PLACES.slice(0, 5)) expect(svg).toContain(`>${place}</text>`);
  expect(svg).toContain('>Moscow, 3,400 km</text>');
});

async function mapShot(page: Page): Promise<Buffer> {
  await page.goto(ROUTES.home);
  const img = page.locator('figure.locator-map img');
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  return img.screenshot();
}

test('the map follows the colour scheme: the system’s, and the reader’s choice on the toggle', async ({ browser }) => {
  const shots: Record<string, Buffer> = {};
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    shots[scheme] = await mapShot(await context.newPage());
    await context.close();
  }
  expect(shots.light!.equals(shots.dark!)).toBe(false);
  // A light system with the dark scheme chosen on the toggle (saved as the page script saves it).
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(ROUTES.home);
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const toggled = await mapShot(page);
  await context.close();
  expect(toggled.equals(shots.dark!)).toBe(true);
});
