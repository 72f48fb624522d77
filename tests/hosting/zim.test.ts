/**
 * The ZIM for Kiwix (npm run package:zim), built once from dist/ and served by Debian's kiwix-serve on
 * loopback under a prefix (as Internet-in-a-Box serves its library under /kiwix/): its metadata, every
 * page in a browser with no failed request and its styles, the site's own search, and Kiwix's full-text search.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { ensureDebianTool, packageZim, ZIM_METADATA } from '../../src/hosting/zim.ts';
import { BUILT_EDITIONS, localeOf } from '../../src/i18n/index.ts';
import { ensureChromium } from '../support/chromium.ts';
import { DIST, ROOT } from '../support/project.ts';
import { allPages, CHAPTER_IDS } from '../support/site.ts';

const PREFIX = '/kiwix';
let out: string;
let zim: string;
let book: string;
let server: ChildProcess;
let origin: string;
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  ensureDebianTool('kiwix-serve', 'kiwix-tools');
  out = mkdtempSync(join(tmpdir(), 'explainer-zim-test-'));
  zim = packageZim({ root: ROOT, dist: DIST, outDir: out, buildFirst: false });
  book = basename(zim, '.zim');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn('kiwix-serve', ['--address', '127.0.0.1', '--port', String(port), '--urlRootLocation', PREFIX, zim], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${origin}${PREFIX}/catalog/v2/entries`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: ensureChromium() });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(out, { recursive: true, force: true });
});

const page = (path: string) => `${origin}${PREFIX}/${book}/${path}`;

test('the file is named by its date and carries the metadata, the main page and a 48×48 illustration', async () => {
  assert.match(book, /^explainer_\d{4}-\d{2}-\d{2}$/);
  const info = spawnSync('zimdump', ['info', zim], { encoding: 'utf8' }).stdout;
  assert.match(info, /main page: index\.html/);
  assert.match(info, /favicon: Illustration_48x48@1/);
  // zimdump 3.1 cannot show the metadata of a new-namespace ZIM; kiwix-serve reads them from the file.
  const meta = async (key: string) => (await fetch(`${origin}${PREFIX}/raw/${book}/meta/${key}`)).text();
  assert.equal(await meta('Title'), ZIM_METADATA.title);
  assert.equal(await meta('Description'), ZIM_METADATA.description);
  assert.equal(await meta('Language'), 'eng,prs,pus');
  assert.equal(await meta('Creator'), ZIM_METADATA.creator);
  assert.equal(await meta('Publisher'), ZIM_METADATA.publisher);
  assert.equal(await meta('Name'), ZIM_METADATA.name);
  assert.equal(await meta('Date'), book.slice('explainer_'.length));
  assert.ok(ZIM_METADATA.title.length <= 30 && ZIM_METADATA.description.length <= 80);
  const png = Buffer.from(await (await fetch(`${origin}${PREFIX}/raw/${book}/meta/Illustration_48x48@1`)).arrayBuffer());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [48, 48]);
  const list = spawnSync('zimdump', ['list', zim], { encoding: 'utf8' }).stdout.split('\n');
  for (const left of ['sw.js', 'fa/sw.js', '_headers', 'index.html.br']) assert.ok(!list.includes(left), `${left} is left out`);
});

test('zimcheck passes every check: internal links (folder links name their index.html), metadata, main page, illustration', () => {
  const check = spawnSync('zimcheck', ['-A', zim], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /Overall Test Status: Pass/);
  assert.doesNotMatch(check.stdout, /\[ERROR\]/);
});

test('every page loads under the prefix with no failed request, its stylesheets applied and no service worker', async () => {
  const context = await browser.newContext();
  const failed: string[] = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  context.on('response', (r) => r.status() >= 400 && failed.push(`${r.url()} (${r.status()})`));
  const tab = await context.newPage();
  const pages = allPages().map((p) => (p.endsWith('/') ? `${p}index.html` : p).slice(1));
  for (const path of pages) {
    failed.length = 0;
    await tab.goto(page(path), { waitUntil: 'load' });
    const state = await tab.evaluate(async () => ({
      sheets: [...document.styleSheets].filter((s) => s.href?.includes('/_astro/') && s.cssRules.length > 0).length,
      // The site's own styles, not the browser's defaults: its skip link is moved off-screen.
      skipLink: getComputedStyle(document.querySelector('.skip-link')!).position,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.ok(state.sheets > 0, `${path}: no stylesheet applied`);
    assert.notEqual(state.skipLink, 'static', `${path}: the site's styles are not applied`);
    assert.equal(state.workers, 0, `${path}: a service worker was registered`);
    await tab.waitForLoadState('networkidle');
    assert.deepEqual(failed.filter((f) => !f.includes('/skin/')), [], `${path}: failed requests`);
  }
  await context.close();
});

test('the chart, the map and the footnotes are there, styled', async () => {
  const tab = await browser.newPage();
  await tab.goto(page('background/index.html'));
  const chart = tab.locator('#troop-chart svg.chart');
  assert.ok((await chart.boundingBox())!.height > 100, 'the troop chart is drawn');
  await tab.goto(page('index.html'));
  const map = tab.locator('.locator-map img');
  await map.scrollIntoViewIfNeeded();
  assert.ok(await map.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0)), 'the map loads');
  await tab.goto(page('round-one/index.html'));
  assert.ok((await tab.locator('section.footnotes li').count()) > 3, 'the footnotes are there');
  const first = tab.locator('a[href^="#user-content-fn-"]').first();
  await first.click();
  assert.match(tab.url(), /round-one\/index\.html#user-content-fn-/, 'a footnote link stays on the page');
  await tab.close();
});

test("the site's own search works in kiwix-serve, and its results open with the term marked", async () => {
  const tab = await browser.newPage();
  await tab.goto(page('round-one/index.html'));
  await tab.locator('#site-search').fill('Khalilzad');
  const first = tab.locator('#dialog-results a').first();
  await first.waitFor({ timeout: 10_000 });
  const href = await first.getAttribute('href');
  assert.ok(href?.startsWith(`${PREFIX}/${book}/`), href ?? 'no link');
  await first.click();
  await tab.waitForURL(/index\.html\?highlight=/);
  // The result's page marks the term (Pagefind's highlighter, loaded from the site's top under the prefix).
  await tab.locator('mark.pagefind-highlight').first().waitFor({ timeout: 10_000 });
  await tab.close();
});

test("without scripts, the header's search form leads to Kiwix's full-text search", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(page('fa/round-one/index.html'));
  await tab.locator('#site-search').fill('Khalilzad');
  await tab.locator('#site-search').press('Enter');
  await tab.waitForURL(/\/search\?/);
  assert.equal(new URL(tab.url()).pathname, `${PREFIX}/search`);
  assert.ok(await tab.locator(`a[href*="/${book}/round-one/index.html"]`).count() > 0);
  // and the site's search page says so
  await tab.goto(page('ps/search/index.html'));
  assert.match(await tab.locator('[data-needs-js]').innerText(), new RegExp(localeOf(BUILT_EDITIONS.find((e) => e.id === 'ps')!).t.search.needsJsInKiwix.slice(0, 20)));
  await context.close();
});

test("Kiwix's full-text search finds each chapter by its title and by a word from it, in every edition", async () => {
  const search = async (pattern: string) =>
    (await (await fetch(`${origin}${PREFIX}/search?content=${book}&pattern=${encodeURIComponent(pattern)}&pageLength=100`)).text());
  for (const edition of BUILT_EDITIONS) {
    for (const id of CHAPTER_IDS) {
      const path = `${edition.prefix}${id}/index.html`;
      const html = readFileSync(join(DIST, path), 'utf8');
      const title = /<h1 id="chapter-title"[^>]*>([^<]+)/.exec(html)![1]!.trim();
      const link = `href="${PREFIX}/${book}/${path}"`;
      assert.ok((await search(title)).includes(link), `${path}: not found by its title "${title}"`);
      // A long word of the chapter's first paragraph.
      const paragraph = /<main[\s\S]*?<p>([\s\S]*?)<\/p>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
      const word = paragraph.split(/[\s,.;:()“”"'،؛]+/).filter((w) => w.length >= 8).sort((a, b) => b.length - a.length)[0]!;
      assert.ok((await search(word)).includes(link), `${path}: not found by the word "${word}"`);
    }
  }
});
