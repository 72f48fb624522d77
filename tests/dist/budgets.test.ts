/**
 * The byte budgets that need no browser: the CSS each page links, its scripts (what a page loads is
 * written in its HTML) and the service worker's precache, measured on the built files.
 * What only a browser can measure (a first visit, a first search) is in tests/perf/budgets.spec.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUDGETS } from '../perf/budgets.ts';
import { htmlFiles } from '../support/dist-files.ts';
import { DIST } from '../support/project.ts';
import { allPages, editionOfPage, routes } from '../support/site.ts';
import { DEFAULT_EDITION, searchIndexLanguage } from '../../src/site.ts';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { readFileList } from '../../src/integrations/service-worker.ts';
import { servedPath } from '../../src/hosting/policy.ts';
import { describeTransfers, gzipSize, kindOf, precache, type Transfer } from '../support/transfers.ts';

const sum = (ts: Transfer[]) => ts.reduce((n, t) => n + t.gzip, 0);
/** The base path the site was built for, from the home page's canonical address. */
const base = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!).pathname;
const fileOf = (href: string) => join(DIST, href.slice(base.length));
const attributes = (html: string, tag: RegExp, name: string) =>
  [...html.matchAll(tag)].map((m) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1]).filter((v) => v !== undefined);

for (const page of htmlFiles()) {
  test(`${page}: CSS at most ${BUDGETS.css / 1024} KB, and no script but the inline one`, () => {
    const html = readFileSync(join(DIST, page), 'utf8');
    const css = attributes(html, /<link\b[^>]*\brel="stylesheet"[^>]*>/g, 'href').map((href) => ({
      path: href,
      kind: kindOf(href),
      gzip: gzipSize(readFileSync(fileOf(href))),
    }));
    assert.ok(css.length > 0, `${page} links no stylesheet: the check would check nothing`);
    assert.ok(sum(css) <= BUDGETS.css, `${page} CSS grew: ${describeTransfers(css)}`);

    const scripts = [
      ...attributes(html, /<script\b[^>]*>/g, 'src'),
      ...attributes(html, /<link\b[^>]*\brel="modulepreload"[^>]*>/g, 'href'),
    ];
    // The search page runs its own script, on purpose: it is search, opened; so does "Read offline", whose
    // control saves the explainer.
    const withScript = BUILT_EDITIONS.flatMap((e) => [routes('/', e).search, routes('/', e).offline]).map((href) => `${href.slice(1)}index.html`);
    if (!withScript.includes(page)) assert.deepEqual(scripts, [], `${page} loads script files`);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs]) => !/\ssrc=|type="application\/ld\+json"/.test(attrs!))
      .map((m) => m[2]!);
    assert.equal(inline.length, 1, `${page}: inline scripts`);
    for (const code of inline) assert.ok(gzipSize(code) <= BUDGETS.inlineScript, `${page}: the inline script grew to ${gzipSize(code)} bytes gzip`);
  });
}

for (const edition of BUILT_EDITIONS) {
  const budget = edition === DEFAULT_EDITION ? BUDGETS.precache : BUDGETS.precacheTranslated;
  test(`the ${edition.lang} service worker precaches at most ${budget / 1024} KB, and only what its edition uses`, () => {
    const files = precache(DIST, edition.prefix);
    assert.ok(sum(files) <= budget, `the precache grew: ${describeTransfers(files)}`);
    const paths = files.map((f) => f.path);
    assert.ok(paths.includes('pagefind/pagefind.js'), 'pagefind.js is precached');
    assert.ok(paths.includes(`${edition.prefix}search/index.html`), 'the edition’s search page is precached');
    assert.deepEqual(paths.filter((p) => /pagefind-(ui|component-ui|modular-ui|worker)\./.test(p)), []);
    // The one search engine the edition's index loads (Dari and Pashto, which Pagefind can't stem, "unknown").
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
    const engine = entry.languages[searchIndexLanguage(edition)]!.wasm ?? 'unknown';
    assert.deepEqual(paths.filter((p) => p.endsWith('.pagefind')), [`pagefind/wasm.${engine}.pagefind`]);
    // Another edition's pages and search files are never downloaded with this one.
    const others = BUILT_EDITIONS.filter((e) => e !== edition);
    const othersFile = (p: string) =>
      others.some((e) =>
        (e.prefix ? p.startsWith(e.prefix) : p.endsWith('.html') && !p.startsWith(edition.prefix)) ||
        (p.startsWith('pagefind/') && new RegExp(`[./]${searchIndexLanguage(e)}[._]`).test(p)),
      );
    assert.deepEqual(paths.filter(othersFile), []);
  });
}

test('every page a reader can open is kept offline by its edition’s worker: in the core, or in the copy the reader can save', () => {
  const pages = allPages(DIST).map((p) => p.slice(base.length - 1));
  assert.ok(pages.length > 10, 'the sitemap lists the pages');
  // The print page (the whole explainer) repeats the other pages: it is kept once opened, never downloaded unasked.
  const prints = BUILT_EDITIONS.map((e) => routes('/', e).print);
  const isPrint = (p: string) => prints.includes(p);
  assert.ok(pages.some(isPrint), 'the print page is built');
  for (const edition of BUILT_EDITIONS) {
    const list = readFileList(DIST, edition.prefix);
    // Saved addresses are relative to the list, in the edition's folder.
    const listUrl = new URL(`/${edition.prefix}offline-files.json`, 'http://site');
    const kept = new Set([...list.precache.map((f) => servedPath(f.path)), ...list.save.map((f) => new URL(f.url, listUrl).pathname)]);
    const ours = pages.filter((p) => editionOfPage(p) === edition);
    assert.ok(ours.length > 10, `${edition.lang}: the edition has pages`);
    assert.deepEqual(ours.filter((p) => !kept.has(p) && !isPrint(p)), [], edition.lang);
    assert.deepEqual([...kept].filter(isPrint), [], `${edition.lang}: the print page is not saved with the rest`);
    assert.ok(list.save.length > 0, `${edition.lang}: the core leaves something to save`);
    // Copies a host compresses ahead, and the files for crawlers and hosts, are never downloaded for offline use.
    assert.deepEqual([...kept].filter((p) => /\.(br|gz)$|_headers|robots\.txt|sitemap|sw\.js|offline-files/.test(p)), [], edition.lang);
  }
});
