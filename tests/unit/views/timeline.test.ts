import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventPage, timelineInEnglish, timelinePages, timelinePageView } from '../../../src/views/timeline.ts';
import { markShownInEnglish } from '../../../src/lib/fallback.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import { EDITIONS, WHOLE_PRINT_CHAPTERS_MAX, routes } from '../../../src/site.ts';
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

test('past its page size the whole timeline is split into pages that link to each other; a chapter’s is never split', () => {
  const size = 2;
  const first = timelinePageView(data, undefined, context, { page: 1, size });
  const second = timelinePageView(data, undefined, context, { page: 2, size });
  assert.deepEqual(first.list.years.flatMap((y) => y.events.map((e) => e.anchor)), ['event-invasion', 'event-doha']);
  assert.deepEqual(second.list.years.flatMap((y) => y.events.map((e) => e.anchor)), ['event-talks']);
  assert.equal(first.title, 'Timeline · Page 1 of 2');
  assert.equal(second.title, 'Timeline · Page 2 of 2');
  // The counts are the whole timeline's.
  assert.equal(second.description, 'The 3 dated events of the explainer, from 1979 to 2020, each with its sources.');
  assert.deepEqual(second.pager, {
    label: 'Pages of the timeline',
    pages: [{ text: '1', href: '/sub/timeline/', current: false }, { text: '2', href: '/sub/timeline/page-2/', current: true }],
    previous: { href: '/sub/timeline/', text: '← Previous page' },
    next: undefined,
  });
  assert.equal(first.pager?.next?.href, '/sub/timeline/page-2/');
  // Every year of the whole timeline, linked on this page where it is shown here, otherwise where it starts.
  assert.deepEqual(first.years.years, [{ href: '#year-1979', text: '1979' }, { href: '#year-2020', text: '2020' }]);
  assert.deepEqual(second.years.years, [{ href: '/sub/timeline/#year-1979', text: '1979' }, { href: '#year-2020', text: '2020' }]);
  const chapter = timelinePageView(data, CHAPTERS[1], context, { size: 1 });
  assert.equal(chapter.list.years.flatMap((y) => y.events).length, 2);
  assert.equal(chapter.pager, undefined);
  assert.equal(timelinePageView(data, undefined, context).pager, undefined, 'one page: no pager');
});

test('an event’s page of the whole timeline is where it is shown', () => {
  assert.deepEqual(EVENTS.map((e) => eventPage(EVENTS, e.id, 2)), [1, 1, 2]);
  assert.deepEqual(EVENTS.map((e) => eventPage(EVENTS, e.id)), [1, 1, 1]);
  assert.equal(timelinePages(EVENTS, 2), 2);
  assert.equal(timelinePages([], 2), 1);
});

test('a translated edition’s timeline leads to the English one for a chapter it shows in English with all its events, and only then', () => {
  assert.equal(timelineInEnglish(true, EVENTS.map(markShownInEnglish)), true);
  assert.equal(timelineInEnglish(true, []), true, 'no events: nothing of its own to show');
  assert.equal(timelineInEnglish(true, [markShownInEnglish(EVENTS[0]!), EVENTS[1]!]), false);
  assert.equal(timelineInEnglish(false, EVENTS.map(markShownInEnglish)), false);
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const faContext = { locale: localeOf(fa), routes: routes('/sub/', fa) };
  const translation = {
    chapters: new Map([['background', { state: 'fallback' as const }], ['round-one', { state: 'fallback' as const }]]),
    fallback: { events: new Set(['invasion', 'doha']), actors: new Set<string>(), glossary: new Set<string>(), commitments: new Set<string>(), troopLevels: new Set<string>() },
  };
  // "talks" of round-one is translated; background's one event is not.
  const events = EVENTS.map((e) => (translation.fallback.events.has(e.id) ? markShownInEnglish(e) : e));
  const { filter } = timelinePageView({ ...data, events, translation }, undefined, faContext);
  assert.deepEqual(filter.options.map((o) => o.href), ['/sub/fa/timeline/', '/sub/timeline/background/', '/sub/fa/timeline/round-one/']);
  assert.deepEqual(timelinePageView({ ...data, events }, undefined, faContext).filter.options.map((o) => o.href), ['/sub/fa/timeline/', '/sub/fa/timeline/background/', '/sub/fa/timeline/round-one/'], 'no translation status: every chapter its own');
});
