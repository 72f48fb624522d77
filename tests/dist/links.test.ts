/**
 * Every internal link and #anchor in every built page resolves: pages, /data/*.csv and other files,
 * stylesheets, scripts, images, footnote anchors, links into other pages' sections, and the site's own
 * absolute URLs (canonical, og:url, structured data), which are pointed at the local copy.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { htmlFiles } from '../support/dist-files.ts';
import { DIST } from '../support/project.ts';
import { checkLinks } from '../support/links.ts';

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
