/**
 * The hosting kit: `npm run serve` (the server every browser test runs against, see playwright.config.ts)
 * answers as a production server should (types, compression, caching, 404), and the site works under
 * its strict Content-Security-Policy with no violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { searchInDialog } from '../support/hosting.ts';
import { DIST } from '../support/project.ts';
import { ROUTES } from '../support/site.ts';

const at = (path: string) => ROUTES.asset(path);
const first = (dir: string) => readdirSync(join(DIST, dir))[0]!;

test('types, compression and cache rules are those of a production host', async ({ request }) => {
  const get = (path: string, encoding = 'br, gzip') => request.get(at(path), { headers: { 'Accept-Encoding': encoding } });

  const home = await get('');
  expect(home.status()).toBe(200);
  expect(home.headers()['content-type']).toMatch(/^text\/html/);
  expect(home.headers()['content-encoding']).toBe('br');
  expect(home.headers()['cache-control']).toBe('no-cache');
  expect((await get('', 'gzip')).headers()['content-encoding']).toBe('gzip');

  const csp = home.headers()['content-security-policy']!;
  const shipped = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(shipped).toContain(`Content-Security-Policy: ${csp}`);
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'/);

  const css = await get(`_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(css.headers()['content-security-policy'], 'the policy is only for documents').toBeUndefined();
  const fragment = await get(`pagefind/fragment/${first('pagefind/fragment')}`);
  expect(fragment.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(fragment.headers()['content-type']).toBe('application/octet-stream');
  expect(fragment.headers()['content-encoding'], 'Pagefind gzips its files itself').toBeUndefined();
  const wasm = await get('pagefind/wasm.en-gb.pagefind');
  expect(wasm.headers()['content-type']).toBe('application/octet-stream');
  expect(wasm.headers()['cache-control']).toBe('no-cache');
  for (const path of ['sw.js', 'pagefind/pagefind.js', ROUTES.chapter('round-one')]) {
    expect((await get(path)).headers()['cache-control'], path).toBe('no-cache');
  }

  const missing = await get('no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  const slashless = await request.get(ROUTES.chapter('round-one').replace(/\/$/, ''), { maxRedirects: 0 });
  expect(slashless.status()).toBe(301);
  expect(slashless.headers()['location']).toBe(ROUTES.chapter('round-one'));
});

/** Collects CSP violations (and console errors, where the browser also reports them) from the first script on. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))];
}

test('under the CSP: pages render, the theme toggles, search finds, results highlight, and nothing is blocked', async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto(ROUTES.chapter('round-one'));
  // Styles load: the stylesheet's custom properties are in force.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--space-4').trim())).toBe('1rem');

  const toggle = page.locator('[data-theme-toggle]').first();
  await expect(toggle).toBeVisible();
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(before);

  await searchInDialog(page, 'Stanekzai');
  const hit = page.locator('#search-dialog .search-hit-title').first();
  await expect(hit).toHaveAttribute('href', /highlight=stanekzai/i);
  await hit.click();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  expect(await problems()).toEqual([]);

  for (const path of [ROUTES.home, ROUTES.timeline, ROUTES.people, `${ROUTES.search}?q=Doha`, ROUTES.data, ROUTES.print]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await problems(), path).toEqual([]);
  }
  await page.goto(at('no-such-page/'));
  await expect(page.locator('h1')).toHaveText('Page not found');
  // The browser logs the 404 status of the page itself; nothing else may appear.
  expect((await problems()).filter((p) => !/status of 404/.test(p))).toEqual([]);
});
