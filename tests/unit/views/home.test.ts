import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentsPages, contentsPageView, contentsView, homeView } from '../../../src/views/home.ts';
import { CONTENTS_PAGE_CHAPTERS, LISTED_CHAPTERS_MAX, WHOLE_PRINT_CHAPTERS_MAX } from '../../../src/site.ts';
import { CHAPTERS, EVENTS, chapter, context } from './fixtures.ts';

const view = homeView(CHAPTERS, EVENTS, context);

test('the introduction counts the chapters in words, and the timeline link spans the events', () => {
  assert.match(view.intro, /in two short chapters/);
  assert.equal(view.chapters.heading, 'The two chapters');
  assert.equal(view.explore.links[0]!.text, 'Every dated event from 1979 to 2020, by year and chapter');
});

test('the strip shows each chapter’s lead figure, and the cards link under the base path', () => {
  assert.deepEqual(view.keyNumbers?.items.map((k) => k.label), ['Lead of background', 'Lead of round-one']);
  assert.deepEqual(view.chapters.cards[1], {
    order: '2',
    href: '/sub/round-one/',
    label: 'Chapter 2: ',
    title: 'Title of round-one',
    summary: 'Summary of round-one.',
    meta: 'September 2018 – 29 February 2020 · 2 min read',
  });
  assert.deepEqual(view.explore.links.map((l) => l.href), ['/sub/timeline/', '/sub/people/', '/sub/agreement/', '/sub/glossary/', '/sub/search/', '/sub/print/', '/sub/offline/']);
});

test('the as-of date is marked up as a time inside strong text', () => {
  assert.deepEqual(view.asOf[1], { tag: 'strong', children: [{ tag: 'time', datetime: '2021-03-01', text: '1 March 2021' }] });
});

test('past the printable maximum, the ways in leave out the whole explainer’s print page', () => {
  const many = Array.from({ length: WHOLE_PRINT_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  assert.deepEqual(homeView(many, EVENTS, context).explore.links.map((l) => l.href), ['/sub/timeline/', '/sub/people/', '/sub/agreement/', '/sub/glossary/', '/sub/search/', '/sub/offline/']);
});

test('past LISTED_CHAPTERS_MAX chapters the home page has no strip of lead figures, and a compact card per chapter', () => {
  const many = Array.from({ length: LISTED_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  assert.equal(homeView(many.slice(0, LISTED_CHAPTERS_MAX), EVENTS, context).keyNumbers?.items.length, LISTED_CHAPTERS_MAX);
  const large = homeView(many, EVENTS, context);
  assert.equal(large.keyNumbers, undefined);
  assert.equal(large.chapters.cards.length, LISTED_CHAPTERS_MAX + 1);
  // Titles only: a summary apiece would outgrow what a phone keeps offline at a few thousand chapters.
  assert.equal(large.chapters.compact, true);
  assert.ok(large.chapters.cards.every((c) => c.summary === undefined && c.title && c.meta));
  assert.equal(view.chapters.compact, false);
  assert.equal(view.chapters.cards[0]!.summary, 'Summary of background.');
});

test('past CONTENTS_PAGE_CHAPTERS chapters the home page lists the first of them, and later pages the rest', () => {
  const many = Array.from({ length: 5 }, (_, i) => chapter(`c${i}`, i + 1));
  assert.equal(contentsPages(many, 2), 3);
  assert.equal(contentsPages([], 2), 1);
  const first = contentsView(many, context, { size: 2 });
  assert.equal(first.heading, 'The five chapters');
  assert.deepEqual(first.cards.map((c) => c.href), ['/sub/c0/', '/sub/c1/']);
  assert.deepEqual(first.pager, {
    label: 'Pages of the contents',
    // The first page is the list on the home page.
    pages: [
      { text: '1', href: '/sub/#chapters-heading', current: true },
      { text: '2', href: '/sub/chapters/page-2/', current: false },
      { text: '3', href: '/sub/chapters/page-3/', current: false },
    ],
    previous: undefined,
    next: { href: '/sub/chapters/page-2/', text: 'Next page →' },
  });
  const last = contentsView(many, context, { page: 3, size: 2 });
  assert.deepEqual(last.cards.map((c) => c.title), ['Title of c4']);
  assert.equal(last.heading, 'Chapters 5 to 5 of 5');
  assert.equal(last.pager?.previous?.href, '/sub/chapters/page-2/');
  assert.equal(last.pager?.next, undefined);
  // Up to the limit, one page and no pager.
  assert.equal(contentsView(many, context).pager, undefined);
  assert.equal(homeView(Array.from({ length: CONTENTS_PAGE_CHAPTERS + 1 }, (_, i) => chapter(`c${i}`, i + 1)), EVENTS, context).chapters.cards.length, CONTENTS_PAGE_CHAPTERS);
});

test('a later page of the contents is headed by all the chapters and titled by those it lists', () => {
  const many = Array.from({ length: CONTENTS_PAGE_CHAPTERS + 3 }, (_, i) => chapter(`c${i}`, i + 1));
  const page = contentsPageView(many, context, 2);
  assert.equal(page.heading, `The ${CONTENTS_PAGE_CHAPTERS + 3} chapters`);
  assert.equal(page.title, `Chapters ${CONTENTS_PAGE_CHAPTERS + 1} to ${CONTENTS_PAGE_CHAPTERS + 3} of ${CONTENTS_PAGE_CHAPTERS + 3}`);
  assert.equal(page.contents.cards.length, 3);
  assert.equal(page.contents.compact, true);
});
