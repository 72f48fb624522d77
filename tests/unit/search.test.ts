import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchResults } from '../../src/i18n/en/browser.ts';
import { queryFromUrl, resultsSummary, toHit, urlWithQuery } from '../../src/lib/search.ts';

test('announces the number of results, or helps when there are none', () => {
  assert.equal(resultsSummary('ceasefire', 3, searchResults), '3 results for “ceasefire”');
  assert.equal(resultsSummary(' Doha ', 1, searchResults), '1 result for “Doha”');
  assert.match(resultsSummary('xyzzy', 0, searchResults), /^No results for “xyzzy”\. Try/);
  assert.equal(resultsSummary('  ', 0, searchResults), '');
});

test('reads and writes ?q= without losing other parameters', () => {
  assert.equal(queryFromUrl('?q=Loya+Jirga'), 'Loya Jirga');
  assert.equal(queryFromUrl('?x=1'), '');
  assert.equal(urlWithQuery('http://h/search/?x=1', 'Baradar'), '/search/?x=1&q=Baradar');
  assert.equal(urlWithQuery('http://h/search/?q=old', ''), '/search/');
});

test('keeps the page and up to three of its matching sections', () => {
  const hit = toHit({
    url: '/round-one/',
    excerpt: 'the <mark>envoy</mark>',
    meta: { title: 'Round one' },
    filters: { type: ['chapter'], chapter: ['round-one'] },
    sub_results: [
      { title: 'Round one', url: '/round-one/', excerpt: 'page itself' },
      { title: 'The envoy', url: '/round-one/#the-envoy', excerpt: 'a' },
      { title: 'B', url: '/round-one/#b', excerpt: 'b' },
      { title: 'C', url: '/round-one/#c', excerpt: 'c' },
      { title: 'D', url: '/round-one/#d', excerpt: 'd' },
    ],
  });
  assert.equal(hit.title, 'Round one');
  assert.equal(hit.type, 'chapter');
  assert.deepEqual(hit.chapters, ['round-one']);
  assert.deepEqual(hit.sections.map((s) => s.url), ['/round-one/#the-envoy', '/round-one/#b', '/round-one/#c']);
});

test('a section title loses the word joiner its heading ends with', () => {
  const hit = toHit({ url: '/round-one/', excerpt: 'e', meta: { title: 'Round one' }, sub_results: [{ url: '/round-one/#s', title: 'The signing\u2060', excerpt: 'x' }] });
  assert.deepEqual(hit.sections.map((s) => s.title), ['The signing']);
});
