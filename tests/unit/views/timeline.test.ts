import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelinePageView } from '../../../src/views/timeline.ts';
import { WHOLE_PRINT_CHAPTERS_MAX } from '../../../src/site.ts';
import { CHAPTERS, EVENTS, SOURCES, chapter, context } from './fixtures.ts';

const data = { chapters: CHAPTERS, events: EVENTS, sources: SOURCES };

test('events are grouped by year, in date order, with anchors the chapters link to', () => {
  const { list } = timelinePageView(data, undefined, context);
  assert.deepEqual(list.years.map((y) => [y.year, y.id, y.events.map((e) => e.anchor)]), [
    [1979, 'year-1979', ['event-invasion']],
    [2020, 'year-2020', ['event-doha', 'event-talks']],
  ]);
});

test('the year index links each year heading, in order', () => {
  const { years } = timelinePageView(data, undefined, context);
  assert.deepEqual(years, { label: 'Go to a year', years: [{ href: '#year-1979', text: '1979' }, { href: '#year-2020', text: '2020' }] });
});

test('each event keeps its precision, its note, its chapter and its sources in order', () => {
  const [doha] = timelinePageView(data, undefined, context).list.years[1]!.events;
  assert.deepEqual(doha!.date, { iso: '2020-02-29', text: '29 February 2020' });
  assert.deepEqual(doha!.note, { label: 'Note:', text: 'N2.' });
  assert.deepEqual(doha!.more, ['More in ', { tag: 'a', href: '/sub/round-one/', text: 'chapter 2, Short round-one', type: undefined }, '.']);
  assert.deepEqual(doha!.sources, [
    { title: 'A wire story', href: undefined, publisher: '(Reuters)' },
    { title: 'A CRS report', href: 'https://crs.example/r', publisher: '(CRS)' },
  ]);
  assert.equal(timelinePageView(data, undefined, context).list.years[0]!.events[0]!.date.text, 'December 1979');
});

test('the whole timeline counts every event; a chapter’s timeline only its own and marks its filter link', () => {
  const all = timelinePageView(data, undefined, context);
  assert.equal(all.description, 'The 3 dated events of the explainer, from 1979 to 2020, each with its sources.');
  assert.deepEqual(all.filter.options.map((o) => [o.text, o.href, o.current]), [
    ['All', '/sub/timeline/', true],
    ['Short background', '/sub/timeline/background/', false],
    ['Short round-one', '/sub/timeline/round-one/', false],
  ]);
  const one = timelinePageView(data, CHAPTERS[1], context);
  assert.equal(one.title, 'Timeline: Short round-one');
  assert.equal(one.list.years.flatMap((y) => y.events).length, 2);
  assert.deepEqual(one.filter.options.filter((o) => o.current).map((o) => o.text), ['Short round-one']);
  assert.equal(one.dataLinks.print?.href, '/sub/print/');
  // Its introduction links the chapter: no event repeats "More in chapter 2"; the whole timeline keeps the line.
  assert.deepEqual(one.list.years.flatMap((y) => y.events).map((e) => e.more), [undefined, undefined]);
  assert.ok(all.list.years.flatMap((y) => y.events).every((e) => e.more !== undefined));
});

test('the page links the whole explainer’s print page only while it is built', () => {
  const many = [...CHAPTERS, ...Array.from({ length: WHOLE_PRINT_CHAPTERS_MAX - 1 }, (_, i) => chapter(`c${i}`, i + 3))];
  assert.equal(timelinePageView({ ...data, chapters: many }, undefined, context).dataLinks.print, undefined);
  assert.equal(timelinePageView({ ...data, chapters: many.slice(0, -1) }, undefined, context).dataLinks.print?.href, '/sub/print/');
});

test('a chapter’s events are its own, in date order, however often they are asked for', () => {
  const one = timelinePageView(data, CHAPTERS[1], context);
  assert.deepEqual(one.list.years.flatMap((y) => y.events.map((e) => e.anchor)), ['event-doha', 'event-talks']);
  assert.deepEqual(timelinePageView(data, CHAPTERS[0], context).list.years.flatMap((y) => y.events.map((e) => e.anchor)), ['event-invasion']);
  assert.deepEqual(timelinePageView(data, CHAPTERS[1], context).list.years.flatMap((y) => y.events.map((e) => e.anchor)), ['event-doha', 'event-talks']);
});

test('the signing of a document the tracker follows links to what it promised; other events do not', () => {
  const events = EVENTS.map((e) => (e.id === 'doha' ? { ...e, document: 'agreement' as const } : e));
  const [doha, talks] = timelinePageView({ ...data, events }, undefined, context).list.years[1]!.events;
  assert.deepEqual(doha!.commitments, { href: '/sub/agreement/', text: 'What the agreement promised, and what became of each promise' });
  assert.equal(talks!.commitments, undefined);
});
