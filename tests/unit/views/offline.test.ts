import assert from 'node:assert/strict';
import { test } from 'node:test';
import { count } from '../../../src/i18n/en/words.ts';
import { CORE_CHAPTERS } from '../../../src/lib/offline.ts';
import { LISTED_CHAPTERS_MAX, WHOLE_PRINT_CHAPTERS_MAX } from '../../../src/site.ts';
import { notFoundView } from '../../../src/views/not-found.ts';
import { offlineView } from '../../../src/views/offline.ts';
import { CHAPTERS, chapter, context } from './fixtures.ts';

const many = (n: number) => Array.from({ length: n }, (_, i) => chapter(`c${i + 1}`, i + 1));

test('the page says what a first visit keeps, as the core’s rule has it', () => {
  const small = offlineView(CHAPTERS, context);
  assert.match(small.kept, /keeps the home page, every chapter, the timeline, who’s who and search/);
  assert.match(small.later, /a chapter’s own timeline or the open data/);
  const large = offlineView(many(LISTED_CHAPTERS_MAX + 1), context);
  assert.match(large.kept, new RegExp(`keeps the first ${count(CORE_CHAPTERS)} chapters and search`));
  assert.match(large.later, /what you have searched for before/);
});

test('the page says the print page is kept once opened only while there is one', () => {
  assert.equal(offlineView(CHAPTERS, context).save.print, 'The print edition is kept once you have opened it.');
  assert.equal(offlineView(many(WHOLE_PRINT_CHAPTERS_MAX), context).save.print, 'The print edition is kept once you have opened it.');
  assert.equal(offlineView(many(WHOLE_PRINT_CHAPTERS_MAX + 1), context).save.print, undefined);
});

test('the core it hands to the service worker is in site paths, whatever the base path', () => {
  assert.deepEqual(offlineView(CHAPTERS, context).core, {
    folder: '',
    index: 'en-gb',
    pages: ['search/', 'offline/', 'background/', 'round-one/', '', 'timeline/', 'people/'],
    searchIndex: true,
  });
});

test('the 404 page, the offline fallback, says how to save and lists the chapters only while they are few', () => {
  const view = notFoundView(CHAPTERS, context);
  assert.deepEqual(view.chapters.map((c) => c.href), ['/sub/background/', '/sub/round-one/']);
  assert.equal(view.allChapters, undefined);
  assert.deepEqual(view.offline[1], { tag: 'a', href: '/sub/offline/', text: 'Save the whole explainer for offline reading', type: undefined });
  const large = notFoundView(many(LISTED_CHAPTERS_MAX + 1), context);
  assert.deepEqual(large.chapters, []);
  assert.deepEqual(large.allChapters, { href: '/sub/#chapters-heading', text: `All ${LISTED_CHAPTERS_MAX + 1} chapters` });
});
