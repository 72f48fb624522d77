import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANCHORS, DEFAULT_EDITION, normaliseBase, routes, withBase, type Edition } from '../../src/site.ts';
import { editionPaths } from '../../src/i18n/index.ts';

test('a base path is normalised to start and end with one slash, however it was written', () => {
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('base'), '/base/');
  assert.equal(normaliseBase('/base/'), '/base/');
  // Only the ends are trimmed: slashes inside the path are the site's own.
  assert.equal(normaliseBase('//a//b//'), '/a//b/');
});

test('joins any base and a site path, with or without a leading slash, into one href', () => {
  for (const base of ['/', 'base', '/base/', '//a//b//']) {
    const root = normaliseBase(base);
    assert.equal(withBase(base), root);
    assert.equal(withBase(base, 'search/'), `${root}search/`);
    assert.equal(withBase(base, '/search/'), `${root}search/`);
  }
});

test('every route is under a sub-path base, and anchors point at the ids pages give their entries', () => {
  const r = routes('/explainers/afghanistan');
  const at = (path = '') => `/explainers/afghanistan/${path}`;
  assert.equal(r.home, at());
  assert.equal(r.chapter('round-one'), at('round-one/'));
  assert.equal(r.timeline, at('timeline/'));
  assert.equal(r.timelineOf('round-two'), at('timeline/round-two/'));
  assert.equal(r.event('doha-signing'), at(`timeline/#${ANCHORS.event('doha-signing')}`));
  assert.equal(r.event('doha-signing', { chapter: 'round-one' }), at(`timeline/round-one/#${ANCHORS.event('doha-signing')}`));
  assert.equal(r.event('doha-signing', 1), at(`timeline/#${ANCHORS.event('doha-signing')}`));
  assert.equal(r.event('doha-signing', 3), at(`timeline/page-3/#${ANCHORS.event('doha-signing')}`));
  assert.equal(r.timelinePage(1), at('timeline/'));
  assert.equal(r.timelinePage(2), at('timeline/page-2/'));
  assert.equal(r.contentsPage(1), at(`#${ANCHORS.chapters}`));
  assert.equal(r.contentsPage(2), at('chapters/page-2/'));
  assert.equal(r.people, at('people/'));
  assert.equal(r.actor('qatar'), at(`people/#${ANCHORS.actor('qatar')}`));
  assert.equal(r.search, at('search/'));
  assert.equal(r.data, at('data/'));
  assert.equal(r.print, at('print/'));
  assert.equal(r.dataFile('troop-levels', 'csv'), at('data/troop-levels.csv'));
  assert.equal(r.asset('/pagefind/pagefind.js'), at('pagefind/pagefind.js'));
});

test('another edition lives under its prefix, but shares the data files', () => {
  const dari: Edition = { id: 'fa', lang: 'fa-AF', dir: 'rtl', prefix: 'fa/' };
  const r = routes('/x/', dari);
  assert.equal(r.home, '/x/fa/');
  assert.equal(r.actor('qatar'), '/x/fa/people/#qatar');
  assert.equal(r.dataFile('events', 'json'), '/x/data/events.json');
  assert.equal(r.asset('favicon.svg'), '/x/favicon.svg');
});

test('the default edition is built at the site root: an undefined rest parameter', () => {
  const paths = editionPaths();
  const root = paths.find((p) => p.props.edition === DEFAULT_EDITION);
  assert.ok(root, 'the default edition has a page');
  assert.equal(root.params.edition, undefined);
  assert.equal(new Set(paths.map((p) => p.params.edition)).size, paths.length, 'one page per edition');
});

test('anchor builders give distinct ids for each kind of entry', () => {
  assert.equal(ANCHORS.event('x'), 'event-x');
  assert.equal(ANCHORS.year(2020), 'year-2020');
  assert.equal(ANCHORS.printChapter('round-one'), 'chapter-round-one');
  // An actor's anchor is its id, so ids of other kinds must keep their prefixes to stay apart.
  assert.equal(ANCHORS.actor('qatar'), 'qatar');
  assert.notEqual(ANCHORS.event('qatar'), ANCHORS.actor('qatar'));
});
