import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { relativeAddress, rewriteCss, rewriteFragment, rewriteHtml, rewriteModule, targetOf, withIndexPage, withIndexPages, withKiwixSearchNote } from '../../src/hosting/zim-transform.ts';
import { leftOut } from '../../src/hosting/zim.ts';

const files = new Set(['index.html', 'round-one/index.html', 'fa/round-one/index.html', 'search/index.html', '_astro/a.css', '_astro/dialog-x.js', '_astro/fa-y.js', 'favicon.svg', 'share/x.png', 'data/actors.json']);
const exists = (p: string) => files.has(p);

test('a folder address names its index.html, and one without its slash too', () => {
  assert.equal(targetOf('/', exists), 'index.html');
  assert.equal(targetOf('/round-one/#x', exists), 'round-one/index.html');
  assert.equal(targetOf('/round-one?highlight=a', exists), 'round-one/index.html');
  assert.equal(targetOf('/favicon.svg', exists), 'favicon.svg');
  assert.equal(targetOf('https://example.org/', exists), undefined);
  assert.equal(targetOf('//example.org/x', exists), undefined);
  assert.equal(targetOf('#x', exists), undefined);
});

test('addresses become relative to the file that names them, keeping query and hash', () => {
  assert.equal(relativeAddress('index.html', '/round-one/', exists), 'round-one/index.html');
  assert.equal(relativeAddress('round-one/index.html', '/', exists), '../index.html');
  assert.equal(relativeAddress('fa/round-one/index.html', '/_astro/a.css', exists), '../../_astro/a.css');
  assert.equal(relativeAddress('round-one/index.html', '/round-one/#top', exists), 'index.html#top');
  assert.equal(relativeAddress('index.html', '/search/?q=doha', exists), 'search/index.html?q=doha');
  assert.equal(relativeAddress('index.html', 'https://example.org/x', exists), 'https://example.org/x');
});

test('relative addresses that name a folder name its index.html; others stay as they are', () => {
  assert.equal(relativeAddress('round-one/index.html', '../fa/round-one/', exists), '../fa/round-one/index.html');
  assert.equal(relativeAddress('fa/round-one/index.html', '../round-one/#a', exists), 'index.html#a');
  assert.equal(relativeAddress('index.html', 'round-one/?highlight=x', exists), 'round-one/index.html?highlight=x');
  assert.equal(relativeAddress('round-one/index.html', '../favicon.svg', exists), '../favicon.svg');
  for (const kept of ['#fn1', '?q=a', 'mailto:a@example.org', 'https://example.org/a/', 'data:image/png;base64,x']) {
    assert.equal(relativeAddress('round-one/index.html', kept, exists), kept);
  }
});

test('pages: links, assets and module addresses relative; no service worker; absolute URLs of the real site kept', () => {
  const html = [
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.org/round-one/">',
    '<meta property="og:image" content="https://example.org/share/x.png"><img src="/share/x.png" srcset="/share/x.png 1x, /share/x.png 2x" alt="">',
    '<a href="/fa/round-one/#a">x</a><a href="#fn1">1</a>',
    '<p id="needs-server" data-sw="/sw.js" data-update="/_astro/dialog-x.js" hidden>',
    '<input aria-keyshortcuts="/ Control+K" data-filter="/">',
  ].join('');
  const out = rewriteHtml(html, 'round-one/index.html', exists, { book: 'explainer_2026-01-01' });
  assert.match(out, /href="\.\.\/_astro\/a\.css"/);
  assert.match(out, /href="https:\/\/example\.org\/round-one\/"/);
  assert.match(out, /content="https:\/\/example\.org\/share\/x\.png"/);
  assert.match(out, /src="\.\.\/share\/x\.png" srcset="\.\.\/share\/x\.png 1x, \.\.\/share\/x\.png 2x"/);
  assert.match(out, /href="\.\.\/fa\/round-one\/index\.html#a"/);
  assert.match(out, /href="#fn1"/);
  assert.doesNotMatch(out, /data-sw/);
  assert.match(out, /data-update="\.\.\/_astro\/dialog-x\.js"/);
  assert.match(out, /aria-keyshortcuts="\/ Control\+K"/);
  // data-filter="/" would name index.html, but data-* values change only where they name a file
  assert.match(out, /data-filter="\/"/);
  assert.doesNotMatch(out, /(href|src|srcset|data-update)="\/(?!\/)/, 'no root-absolute address is left');
});

test('without scripts, the search forms lead to Kiwix full-text search for this book', () => {
  const html = '<form class="search-box" role="search" data-search-opener action="/search/" method="get"><input id="s" name="q" type="search"><button type="submit">Go</button></form><form action="/elsewhere/"><input name="q" type="search"></form>';
  const top = rewriteHtml(html, 'index.html', exists, { book: 'explainer_2026-01-01' });
  assert.match(top, /<form class="search-box" role="search" data-search-opener action="\.\.\/search" method="get"><input type="hidden" name="content" value="explainer_2026-01-01"><input id="s" name="pattern" type="search">/);
  assert.match(top, /<form action="elsewhere\/index\.html"><input name="q" type="search"><\/form>$/, 'other forms keep their fields');
  // kiwix-serve serves pages at <root>/<book>/<path> and its search at <root>/search
  assert.match(rewriteHtml(html, 'fa/round-one/index.html', exists, { book: 'b' }), /action="\.\.\/\.\.\/\.\.\/search"/);
});

test("the search page's no-script notice says that the search box works in Kiwix", () => {
  const page = '<p class="notice" data-needs-js>Search needs JavaScript, see the <a href="index.html">home page</a>.</p><div data-search-root></div><p>x</p>';
  assert.equal(withKiwixSearchNote(page, 'In Kiwix it works.'), '<p class="notice" data-needs-js>Search needs JavaScript, see the <a href="index.html">home page</a>. In Kiwix it works.</p><div data-search-root></div><p>x</p>');
  const offline = '<p class="notice" data-needs-js>Offline needs JavaScript.</p>';
  assert.equal(withKiwixSearchNote(offline, 'In Kiwix it works.'), offline, 'only on the search page');
});

test('stylesheets: url() values relative to the stylesheet', () => {
  assert.equal(rewriteCss('a{background:url(/share/x.png)}b{src:url("/favicon.svg")}c{background:url(data:x)}', '_astro/a.css', exists),
    'a{background:url(../share/x.png)}b{src:url("../favicon.svg")}c{background:url(data:x)}');
});

test('modules: sibling module addresses relative to the module, others untouched', () => {
  assert.equal(rewriteModule('p=`/_astro/fa-y.js`,q="/_astro/dialog-x.js",r=`/_astro/gone.js`,s=`/`', '_astro/dialog-x.js', exists),
    'p=`./fa-y.js`,q="./dialog-x.js",r=`/_astro/gone.js`,s=`/`');
});

test('search data names page files, not folders', () => {
  assert.equal(withIndexPage('/timeline/#event-x'), '/timeline/index.html#event-x');
  assert.equal(withIndexPage('/'), '/index.html');
  assert.equal(withIndexPage('/data/actors.json'), '/data/actors.json');
  assert.deepEqual(withIndexPages({ url: '/fa/people/#a', title: '/x/', sub_results: [{ url: '/fa/people/?highlight=b#c' }] }),
    { url: '/fa/people/index.html#a', title: '/x/', sub_results: [{ url: '/fa/people/index.html?highlight=b#c' }] });
  const fragment = gzipSync('pagefind_dcd{"url":"/round-one/","content":"x"}');
  assert.equal(gunzipSync(rewriteFragment(fragment)).toString(), 'pagefind_dcd{"url":"/round-one/index.html","content":"x"}');
  assert.throws(() => rewriteFragment(gzipSync('{}')), /not a Pagefind fragment/);
});

test('the ZIM leaves out the service worker, host rules and precompressed copies', () => {
  for (const path of ['sw.js', 'fa/sw.js', 'ps/offline-files.json', '_headers', 'index.html.br', '_astro/a.css.gz', 'offline-files.json']) assert.equal(leftOut(path), true, path);
  for (const path of ['index.html', '_astro/a.css', 'data/actors.json', 'pagefind/pagefind.js']) assert.equal(leftOut(path), false, path);
});
