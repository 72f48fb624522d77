import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeView } from '../../../src/views/home.ts';
import { LISTED_CHAPTERS_MAX, WHOLE_PRINT_CHAPTERS_MAX } from '../../../src/site.ts';
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
