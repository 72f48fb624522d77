import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printView } from '../../../src/views/print.ts';
import { CHAPTERS, context } from './fixtures.ts';

const view = printView(CHAPTERS, context);

test('the contents link to each chapter’s title, then the timeline, the who’s who and the troop levels, on the same page', () => {
  assert.deepEqual(view.contents.links.map((l) => l.href), ['#chapter-background', '#chapter-round-one', '#timeline-heading', '#whos-who-heading', '#troop-levels-heading']);
  assert.deepEqual(view.chapters.map((c) => c.titleId), ['chapter-background', 'chapter-round-one']);
  assert.equal(view.timeline.id, 'timeline-heading');
  assert.deepEqual(view.troops, { id: 'troop-levels-heading', heading: 'Appendix: US troop levels' });
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

test('each printed chapter carries its "In brief" points, as on its page', () => {
  assert.deepEqual(view.chapters[0]!.brief, { id: 'in-brief-heading', heading: 'In brief', points: ['One point.', 'Another point.', 'A third point.'] });
});
