import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterPrintView, printView } from '../../../src/views/print.ts';
import { CHAPTERS, context } from './fixtures.ts';

const view = printView(CHAPTERS, context);

test('the contents link to each chapter’s title, then the timeline, the who’s who and the troop levels, on the same page', () => {
  assert.deepEqual(view.whole?.contents.links.map((l) => l.href), ['#chapter-background', '#chapter-round-one', '#timeline-heading', '#whos-who-heading', '#troop-levels-heading']);
  assert.deepEqual(view.chapters.map((c) => c.titleId), ['chapter-background', 'chapter-round-one']);
  assert.equal(view.whole?.timeline.id, 'timeline-heading');
  assert.deepEqual(view.whole?.troops, { id: 'troop-levels-heading', heading: 'Appendix: US troop levels' });
});

test('each chapter is introduced with its number, its period and its dates', () => {
  const [first] = view.chapters;
  assert.equal(first!.kicker, 'Chapter 1');
  assert.deepEqual(first!.facts, [
    'Covers September 2018 – 29 February 2020 · As of ',
    { tag: 'time', datetime: '2021-03-01', text: '1 March 2021' },
    ' · Last updated ',
    { tag: 'time', datetime: '2026-11-30', text: '30 November 2026' },
  ]);
  assert.match(view.description, /^All two chapters, the timeline/);
});

test('a chapter’s own print edition holds that chapter alone, introduced with its place and as-of date', () => {
  const one = chapterPrintView(CHAPTERS[1]!, CHAPTERS, context);
  assert.equal(one.title, 'Title of round-one, for printing');
  assert.deepEqual(one.chapters.map((c) => [c.titleId, c.kicker]), [['chapter-round-one', 'Chapter 2']]);
  assert.equal(one.whole, undefined);
  assert.deepEqual(one.intro, ['Chapter 2 of 2, with its sources. The account stands as of ', { tag: 'strong', children: [{ tag: 'time', datetime: '2021-03-01', text: '1 March 2021' }] }, '.']);
});

test('each printed chapter carries its "In brief" points, as on its page', () => {
  assert.deepEqual(view.chapters[0]!.brief, { id: 'in-brief-heading', heading: 'In brief', points: ['One point.', 'Another point.', 'A third point.'] });
});
