/**
 * The hosting kit: `npm run serve` (the server every browser test runs against, see playwright.config.ts)
 * answers as a production server should (types, compression, caching, 404), the site works under its
 * strict Content-Security-Policy with no violation, and every page carries the policy itself, so that a
 * plain static server with no headers still blocks a script slipped into a page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { searchInDialog } from '../support/hosting.ts';
import { DIST } from '../support/project.ts';
import { ROUTES, allPages } from '../support/site.ts';

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

  for (const path of [ROUTES.home, ROUTES.timeline, ROUTES.people, ROUTES.glossary, `${ROUTES.search}?q=Doha`, ROUTES.data, ROUTES.print]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await problems(), path).toEqual([]);
  }
  await page.goto(at('no-such-page/'));
  await expect(page.locator('h1')).toHaveText('Page not found');
  // The browser logs the 404 status of the page itself; nothing else may appear.
  expect((await problems()).filter((p) => !/status of 404/.test(p))).toEqual([]);
});

test('every page carries the policy in a <meta> tag before its first script: the header’s, less frame-ancestors', async ({ page, request }) => {
  const header = (await request.get(ROUTES.home)).headers()['content-security-policy']!;
  const meta = header.replace(/; frame-ancestors 'none'$/, '').replaceAll('; ', ';');
  expect(meta).not.toBe(header);
  // Every page of three editions, one after another: near the default 30 s, and past it on a busy machine.
  test.setTimeout(120_000);
  for (const path of allPages()) {
    // The policy and the order of the head's elements are there once the document is parsed.
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const tag = page.locator('head meta[http-equiv="Content-Security-Policy"]');
    await expect(tag, path).toHaveAttribute('content', meta);
    // A meta policy applies only to what follows it.
    expect(await page.evaluate(() => {
      const first = document.head.querySelector('meta[http-equiv="Content-Security-Policy"], script');
      return first?.tagName;
    }), path).toBe('META');
  }
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

test('served by a plain static server with no headers, a page still blocks a script slipped into it', async ({ page }) => {
  test.skip(!hasPython, 'python3 is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'explainer-plain-server-'));
  cpSync(DIST, dir, { recursive: true });
  const file = join(dir, ROUTES.chapter('round-one').slice(1), 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<script>window.injected = true</script><img src="/favicon.svg" onload="window.handler = true" alt=""></main>'));
  // Python's own server, as HOW-TO-SERVE.txt suggests for one computer; port 0 picks a free one.
  const server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir]);
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const port = /port (\d+)/.exec(chunk.toString())?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      });
      server.on('exit', (code) => reject(new Error(`python3 -m http.server exited (${code})`)));
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { blocked: string[] }).blocked.push(e.violatedDirective));
      (window as unknown as { blocked: string[] }).blocked = [];
    });
    const response = await page.goto(`${origin}${ROUTES.chapter('round-one')}`);
    expect(response?.headers()['content-security-policy'], 'the server sends no policy').toBeUndefined();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => ({ script: 'injected' in window, handler: 'handler' in window }))).toEqual({ script: false, handler: false });
    expect(await page.evaluate(() => (window as unknown as { blocked: string[] }).blocked)).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    // The site's own inline script, allowed by its hash, still runs: it shows the theme toggle.
    await expect(page.locator('[data-theme-toggle]').first()).toBeVisible();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
