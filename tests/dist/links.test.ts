/**
 * Every internal link and #anchor in every built page resolves: pages, /data/*.csv and other files,
 * stylesheets, scripts, images, footnote anchors, links into other pages' sections, and the site's own
 * absolute URLs (canonical, og:url, structured data), which are pointed at the local copy.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { htmlFiles } from '../support/dist-files.ts';
import { DIST } from '../support/project.ts';
import { checkLinks } from '../support/links.ts';
import { CHAPTER_IDS, routes } from '../support/site.ts';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';

test('the link check finds each kind of broken link, offline, and names the page and the target', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-links-'));
  try {
    const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title>
      <link rel="canonical" href="https://site.example/"><link rel="stylesheet" href="/style.css"></head><body>${body}</body></html>`;
    writeFileSync(join(dir, 'index.html'), page(`<h1 id="top">Home</h1>
      <a href="#top">ok</a> <a href="/other/#here">ok</a> <a href="/data/ok.csv">ok</a> <a href="https://site.example/other/">ok</a>
      <a href="https://elsewhere.example/gone">external: skipped</a>
      <a href="#nowhere">missing anchor</a> <a href="/other/#gone">missing anchor on another page</a>
      <a href="/data/missing.csv">missing file</a> <a href="/missing/">missing page</a>
      <a href="https://site.example/also-missing/">missing page, absolute</a>`));
    mkdirSync(join(dir, 'other'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'other/index.html'), page('<h1 id="here">Other</h1>'));
    writeFileSync(join(dir, 'data/ok.csv'), 'a,b\n');
    writeFileSync(join(dir, 'style.css'), 'body { background: url(/missing.png); }');

    const report = await checkLinks(dir, ['index.html', 'other/index.html']);
    assert.deepEqual(report.broken, [
      '/ → /#nowhere: no element with id "nowhere"',
      '/ → /also-missing/: HTTP 404',
      '/ → /data/missing.csv: HTTP 404',
      '/ → /missing/: HTTP 404',
      '/ → /other/#gone: no element with id "gone"',
      '/style.css → /missing.png: HTTP 404',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every internal link and anchor in every built page resolves', { timeout: 120_000 }, async () => {
  const pages = htmlFiles();
  const report = await checkLinks(DIST, pages);
  // Guard against a check that silently checks nothing: every page, its assets and the data files.
  assert.ok(report.checked > pages.length * 2, `only ${report.checked} links were checked`);
  assert.deepEqual(report.broken, [], `${report.broken.length} broken link(s), page → target:\n${report.broken.join('\n')}`);
});

test('a translated chapter’s links to the site’s other pages stay in its edition; only the data files are shared', () => {
  let checked = 0;
  for (const edition of BUILT_EDITIONS.filter((e) => e.prefix)) {
    for (const id of CHAPTER_IDS) {
      const path = routes('/', edition).chapter(id);
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      // A chapter the edition shows in English has no text of its own to check.
      if (!html.includes('data-pagefind-body')) continue;
      const body = html.slice(html.indexOf('class="prose chapter-body"'), html.indexOf('</article>'));
      for (const [, href] of body.matchAll(/<a [^>]*href="([^"#][^"]*)"/g)) {
        const target = new URL(href!, `http://site${path}`);
        // The open-data files are one set for every edition.
        if (target.host !== 'site' || /^\/data\/[^/]+\.(csv|json)$/.test(target.pathname)) continue;
        checked++;
        assert.ok(target.pathname.startsWith(`/${edition.prefix}`), `${path}: ${href} leads out of the ${edition.lang} edition`);
      }
    }
  }
  assert.ok(checked > 20, `only ${checked} links were checked`);
});
