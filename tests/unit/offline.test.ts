import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CORE_CHAPTERS, OFFLINE_LIMITS, offlineCore, offlineFiles, offlineProblems, type SiteFile } from '../../src/lib/offline.ts';
import { LISTED_CHAPTERS_MAX, routes } from '../../src/site.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `chapter-${i + 1}`);
const file = (path: string, bytes = 1000): SiteFile => ({ path, bytes });

test('a small explainer’s core: every main page, the first chapters and the whole search index', () => {
  const core = offlineCore(ids(6), routes('/'));
  assert.deepEqual(core.pages, ['search/', 'offline/', 'chapter-1/', 'chapter-2/', 'chapter-3/', 'chapter-4/', '', 'timeline/', 'people/']);
  assert.equal(core.searchIndex, true);
});

test('past the listed maximum, the core stops at the pages that don’t grow with the explainer', () => {
  for (const n of [LISTED_CHAPTERS_MAX + 1, 1000, 5000]) {
    const core = offlineCore(ids(n), routes('/'));
    assert.deepEqual(core.pages, ['search/', 'offline/', ...ids(CORE_CHAPTERS).map((id) => `${id}/`)], `${n} chapters`);
    assert.equal(core.searchIndex, false);
  }
});

test('an edition’s core is under its prefix', () => {
  const core = offlineCore(ids(2), routes('/', { id: 'fa', lang: 'fa-AF', dir: 'rtl', prefix: 'fa/' }));
  assert.deepEqual(core.pages, ['fa/search/', 'fa/offline/', 'fa/chapter-1/', 'fa/chapter-2/', 'fa/', 'fa/timeline/', 'fa/people/']);
});

const SITE = [
  '404.html', 'index.html', 'favicon.svg', 'locator-map.svg', 'robots.txt', 'sitemap-0.xml', 'sitemap-index.xml', '_headers', 'sw.js',
  '_astro/page.abc.css', '_astro/dialog-x.js', 'chapter-1/index.html', 'chapter-1/index.html.br', 'chapter-9/index.html',
  'search/index.html', 'offline/index.html', 'timeline/index.html', 'timeline/chapter-1/index.html', 'people/index.html', 'print/index.html',
  'data/index.html', 'data/events.csv', 'data/events.csv.gz',
  'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_1.pf_meta', 'pagefind/wasm.en.pagefind',
  'pagefind/filter/en_1.pf_filter', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment',
  // Share cards: only link previews fetch them.
  'share/home.png', 'share/chapter-1.png', 'fa/share/home.png',
].map((p) => file(p));

test('the core and the saved copy between them hold every file a reader opens, and nothing else (no share card)', () => {
  const skip = new Set(['sw.js', 'print/index.html']);
  const large = offlineFiles(SITE, [offlineCore(ids(20), routes('/'))], skip);
  assert.deepEqual(large.core.map((f) => f.path), [
    '404.html', 'favicon.svg', 'locator-map.svg', '_astro/page.abc.css', '_astro/dialog-x.js', 'chapter-1/index.html', 'search/index.html', 'offline/index.html',
    'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en_1.pf_meta', 'pagefind/wasm.en.pagefind', 'pagefind/filter/en_1.pf_filter',
  ]);
  assert.deepEqual(large.save.map((f) => f.path), [
    'index.html', 'chapter-9/index.html', 'timeline/index.html', 'timeline/chapter-1/index.html', 'people/index.html',
    'data/index.html', 'data/events.csv', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment',
  ]);
  const small = offlineFiles(SITE, [offlineCore(ids(4), routes('/'))], skip);
  for (const path of ['index.html', 'timeline/index.html', 'people/index.html', 'pagefind/index/en_1.pf_index', 'pagefind/fragment/en_1.pf_fragment']) {
    assert.ok(small.core.some((f) => f.path === path), path);
  }
  assert.deepEqual(small.save.map((f) => f.path), ['chapter-9/index.html', 'timeline/chapter-1/index.html', 'data/index.html', 'data/events.csv']);
});

test('a file over the limit, in the core or the saved copy, is named with its size', () => {
  const problems = offlineProblems({ core: [file('index.html')], save: [file('chapter-9/index.html', 5 * 1024 * 1024)] });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /too large to keep for offline reading/);
  assert.match(problems[0]!, /chapter-9\/index\.html: 5\.0 MB/);
  assert.match(problems[0]!, /OFFLINE_LIMITS\.fileBytes/);
  assert.deepEqual(offlineProblems({ core: [], save: [file('a.html', OFFLINE_LIMITS.fileBytes)] }), []);
});

test('a core over its limit is reported with its largest files', () => {
  const core = Array.from({ length: 30 }, (_, i) => file(`page-${i}/index.html`, 100_000 + i));
  const [problem] = offlineProblems({ core, save: [] });
  assert.match(problem!, /The offline core is 2\.9 MB in 30 files, over its limit of 2\.0 MB \(OFFLINE_LIMITS\.coreBytes/);
  assert.match(problem!, /page-29\/index\.html/);
  assert.doesNotMatch(problem!, /page-0\/index\.html/);
});

test('the core may grow with the editions built: each keeps its own share of the limit', () => {
  const core = [{ path: 'fa/timeline/index.html', bytes: OFFLINE_LIMITS.coreBytes }, { path: 'timeline/index.html', bytes: OFFLINE_LIMITS.coreBytes / 2 }];
  assert.equal(offlineProblems({ core, save: [] }).length, 1);
  assert.deepEqual(offlineProblems({ core, save: [] }, 2), []);
});
