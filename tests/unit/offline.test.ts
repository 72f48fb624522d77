import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CORE_CHAPTERS, OFFLINE_LIMITS, offlineCore, offlineFiles, offlineProblems, type SiteFile } from '../../src/lib/offline.ts';
import { DEFAULT_EDITION, LISTED_CHAPTERS_MAX, type Edition } from '../../src/site.ts';

const EN = DEFAULT_EDITION;
const FA: Edition = { id: 'fa', lang: 'fa-AF', dir: 'rtl', prefix: 'fa/' };

const ids = (n: number) => Array.from({ length: n }, (_, i) => `chapter-${i + 1}`);
const file = (path: string, bytes = 1000): SiteFile => ({ path, bytes });

test('a small explainer’s core: every main page, the first chapters and the whole search index', () => {
  const core = offlineCore(ids(6), EN);
  assert.deepEqual(core.pages, ['search/', 'offline/', 'chapter-1/', 'chapter-2/', 'chapter-3/', 'chapter-4/', '', 'timeline/', 'people/']);
  assert.equal(core.searchIndex, true);
});

test('past the listed maximum, the core stops at the pages that don’t grow with the explainer', () => {
  for (const n of [LISTED_CHAPTERS_MAX + 1, 1000, 5000]) {
    const core = offlineCore(ids(n), EN);
    assert.deepEqual(core.pages, ['search/', 'offline/', ...ids(CORE_CHAPTERS).map((id) => `${id}/`)], `${n} chapters`);
    assert.equal(core.searchIndex, false);
  }
});

test('an edition’s core is under its prefix', () => {
  const core = offlineCore(ids(2), FA);
  assert.deepEqual(core.pages, ['fa/search/', 'fa/offline/', 'fa/chapter-1/', 'fa/chapter-2/', 'fa/', 'fa/timeline/', 'fa/people/']);
  assert.equal(core.folder, 'fa/');
  assert.equal(core.index, 'fa-af');
});

const SITE = [
  '404.html', 'index.html', 'favicon.svg', 'locator-map.svg', 'robots.txt', 'sitemap-0.xml', 'sitemap-index.xml', '_headers', 'sw.js',
  '_astro/page.abc.css', '_astro/dialog-x.js', 'chapter-1/index.html', 'chapter-1/index.html.br', 'chapter-9/index.html',
  'search/index.html', 'offline/index.html', 'timeline/index.html', 'timeline/chapter-1/index.html', 'people/index.html', 'print/index.html',
  'data/index.html', 'data/events.csv', 'data/events.csv.gz',
  'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en-gb_1.pf_meta', 'pagefind/wasm.en-gb.pagefind',
  'pagefind/filter/en-gb_1.pf_filter', 'pagefind/index/en-gb_1.pf_index', 'pagefind/fragment/en-gb_1.pf_fragment', 'pagefind/words.en-gb.json',
  // Share cards: only link previews fetch them.
  'share/home.png', 'share/chapter-1.png', 'fa/share/home.png',
].map((p) => file(p));

test('the core and the saved copy between them hold every file a reader opens, and nothing else (no share card)', () => {
  const skip = new Set(['sw.js', 'print/index.html']);
  const large = offlineFiles(SITE, offlineCore(ids(20), EN), [offlineCore(ids(20), EN)], skip);
  assert.deepEqual(large.core.map((f) => f.path), [
    '404.html', 'favicon.svg', 'locator-map.svg', '_astro/page.abc.css', '_astro/dialog-x.js', 'chapter-1/index.html', 'search/index.html', 'offline/index.html',
    'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.en-gb_1.pf_meta', 'pagefind/wasm.en-gb.pagefind', 'pagefind/filter/en-gb_1.pf_filter',
    'pagefind/words.en-gb.json',
  ]);
  assert.deepEqual(large.save.map((f) => f.path), [
    'index.html', 'chapter-9/index.html', 'timeline/index.html', 'timeline/chapter-1/index.html', 'people/index.html',
    'data/index.html', 'data/events.csv', 'pagefind/index/en-gb_1.pf_index', 'pagefind/fragment/en-gb_1.pf_fragment',
  ]);
  const small = offlineFiles(SITE, offlineCore(ids(4), EN), [offlineCore(ids(4), EN)], skip);
  for (const path of ['index.html', 'timeline/index.html', 'people/index.html', 'pagefind/index/en-gb_1.pf_index', 'pagefind/fragment/en-gb_1.pf_fragment']) {
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

test('an open-data download is saved whatever its size; a page or a search file beside it is not', () => {
  const large = 3 * 1024 * 1024;
  assert.deepEqual(offlineProblems({ core: [], save: [file('data/events.json', large), file('data/events.csv', large)] }), []);
  const [problem] = offlineProblems({ core: [], save: [file('data/index.html', large), file('pagefind/index/en-gb_1.pf_index', large), file('data/events.json', large)] });
  assert.match(problem!, /^2 files are too large/);
  assert.match(problem!, /data\/index\.html: 3\.0 MB\n {2}pagefind\/index\/en-gb_1\.pf_index: 3\.0 MB$/);
});

test('a core over its limit is reported with its largest files', () => {
  const core = Array.from({ length: 30 }, (_, i) => file(`page-${i}/index.html`, 100_000 + i));
  const [problem] = offlineProblems({ core, save: [] });
  assert.match(problem!, /The offline core is 2\.9 MB in 30 files, over its limit of 2\.0 MB \(OFFLINE_LIMITS\.coreBytes/);
  assert.match(problem!, /page-29\/index\.html/);
  assert.doesNotMatch(problem!, /page-0\/index\.html/);
});

test('each edition keeps its own pages and search files and the shared ones, never another edition’s', () => {
  const files = [
    ...SITE,
    ...['fa/index.html', 'fa/404.html', 'fa/search/index.html', 'fa/offline/index.html', 'fa/chapter-1/index.html', 'fa/chapter-9/index.html', 'fa/locator-map.svg',
      'fa/data/index.html', 'pagefind/pagefind.fa-af_1.pf_meta', 'pagefind/wasm.unknown.pagefind', 'pagefind/filter/fa-af_1.pf_filter',
      'pagefind/index/fa-af_1.pf_index', 'pagefind/fragment/fa-af_1.pf_fragment', 'pagefind/words.fa-af.json'].map((p) => file(p)),
  ];
  const cores = [offlineCore(ids(20), EN), offlineCore(ids(20), FA)];
  const skip = new Set(['sw.js', 'fa/sw.js']);
  // Pagefind can't stem Dari: its index loads the engine without stemming.
  const engines = new Map([['en-gb', 'en-gb'], ['fa-af', 'unknown']]);
  const en = offlineFiles(files, cores[0]!, cores, skip, engines);
  const fa = offlineFiles(files, cores[1]!, cores, skip, engines);
  const paths = (l: { core: SiteFile[]; save: SiteFile[] }) => [...l.core, ...l.save].map((f) => f.path);
  assert.deepEqual(paths(en).filter((p) => p.startsWith('fa/') || p.includes('fa-af') || p.includes('unknown')), []);
  assert.deepEqual(fa.core.map((f) => f.path), [
    'favicon.svg', 'locator-map.svg', '_astro/page.abc.css', '_astro/dialog-x.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json',
    'fa/404.html', 'fa/search/index.html', 'fa/offline/index.html', 'fa/chapter-1/index.html', 'fa/locator-map.svg',
    'pagefind/pagefind.fa-af_1.pf_meta', 'pagefind/wasm.unknown.pagefind', 'pagefind/filter/fa-af_1.pf_filter', 'pagefind/words.fa-af.json',
  ]);
  // The shared open data is saved with every edition; English pages and search files never with Dari.
  assert.deepEqual(fa.save.map((f) => f.path), ['data/events.csv', 'fa/index.html', 'fa/chapter-9/index.html', 'fa/data/index.html', 'pagefind/index/fa-af_1.pf_index', 'pagefind/fragment/fa-af_1.pf_fragment']);
  assert.ok(en.core.some((f) => f.path === '404.html') && !fa.core.some((f) => f.path === '404.html'), 'each edition falls back to its own 404 page');
});

test('each edition’s core has the whole limit, and a core over it names its edition', () => {
  const core = [file('fa/timeline/index.html', OFFLINE_LIMITS.coreBytes / 2), file('fa/people/index.html', OFFLINE_LIMITS.coreBytes / 2 + 1)];
  assert.deepEqual(offlineProblems({ core, save: [] }, 'fa/').map((p) => p.split(' (')[0]), ['The offline core of the edition in fa/ is 2.0 MB in 2 files, over its limit of 2.0 MB']);
  assert.deepEqual(offlineProblems({ core: [file('a.html', OFFLINE_LIMITS.coreBytes)], save: [] }, 'fa/'), []);
});
