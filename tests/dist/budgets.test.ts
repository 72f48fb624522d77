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
import { allPages, routes } from '../support/site.ts';
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

test(`the service worker precaches at most ${BUDGETS.precache / 1024} KB, and only what the site uses`, () => {
  const files = precache(DIST);
  assert.ok(sum(files) <= BUDGETS.precache, `the precache grew: ${describeTransfers(files)}`);
  const paths = files.map((f) => f.path);
  assert.ok(paths.includes('pagefind/pagefind.js'), 'pagefind.js is precached');
  assert.deepEqual(paths.filter((p) => /pagefind-(ui|component-ui|modular-ui|worker)\.|wasm\.unknown/.test(p)), []);
});

test('every page a reader can open is kept offline: in the core, or in the copy the reader can save', () => {
  const list = readFileList(DIST);
  const kept = new Set([...list.precache.map((f) => servedPath(f.path)), ...list.save.map((f) => `/${f.url}`)]);
  const pages = allPages(DIST).map((p) => p.slice(base.length - 1));
  assert.ok(pages.length > 10, 'the sitemap lists the pages');
  // The print editions (the whole explainer, each chapter) repeat the other pages: each is kept once opened,
  // never downloaded unasked.
  const prints = BUILT_EDITIONS.map((e) => routes('/', e).print);
  const isPrint = (p: string) => prints.some((print) => p.startsWith(print));
  assert.deepEqual(pages.filter((p) => !kept.has(p) && !isPrint(p)), []);
  assert.ok(pages.some((p) => isPrint(p) && !prints.includes(p)), 'the chapters have print editions');
  assert.deepEqual([...kept].filter(isPrint), [], 'no print edition is saved with the rest');
  assert.ok(list.save.length > 0, 'the core leaves something to save');
  // Copies a host compresses ahead, and the files for crawlers and hosts, are never downloaded for offline use.
  assert.deepEqual([...kept].filter((p) => /\.(br|gz)$|_headers|robots\.txt|sitemap|sw\.js|offline-files/.test(p)), []);
});
