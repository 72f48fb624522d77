import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterView } from '../../../src/views/chapter.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import { EDITIONS, LISTED_CHAPTERS_MAX, routes } from '../../../src/site.ts';
import { markShownInEnglish } from '../../../src/lib/fallback.ts';
import { CHAPTERS, EVENTS, chapter, context } from './fixtures.ts';

const headings = [
  { depth: 2, slug: 'the-deal', text: 'The deal' },
  { depth: 3, slug: 'terms', text: 'Terms' },
  { depth: 4, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'footnote-label', text: 'Sources' },
];
const view = (id: string, h = headings) =>
  chapterView({ chapter: CHAPTERS.find((c) => c.id === id)!, chapters: CHAPTERS, events: EVENTS.filter((e) => e.chapter.id === id), headings: h, url: 'https://x.org/sub/round-one/', siteUrl: 'https://x.org/sub/' }, context);

test('a chapter says where it stands among the chapters, and links to its neighbours under the base path', () => {
  const v = view('round-one');
  assert.equal(v.kicker, 'Chapter 2 of 2');
  assert.deepEqual(v.prevNext.prev, { href: '/sub/background/', label: '← Previous: chapter 1', title: 'Title of background' });
  assert.equal(v.prevNext.next, undefined);
  assert.equal(view('background').prevNext.next?.href, '/sub/round-one/');
});

test('the facts give the period, the reading time and both dates, the dates machine-readable', () => {
  assert.deepEqual(view('round-one').facts, [
    { label: 'Covers', text: 'September 2018 – 29 February 2020' },
    { label: 'Reading time', text: '2 min' },
    { label: 'As of', iso: '2021-03-01', text: '1 March 2021' },
    { label: 'Last updated', iso: '2026-11-30', text: '30 November 2026' },
  ]);
});

test('the contents list sections to level 3, then the sources, the key dates and the citation (a short way past the footnotes), and only when there is more than one section', () => {
  const v = view('round-one');
  assert.deepEqual(v.contents?.items.map((i) => [i.href, i.depth]), [['#the-deal', 2], ['#terms', 3], ['#footnote-label', 2], ['#chapter-timeline-heading', 2], ['#cite-heading', 2]]);
  assert.equal(view('round-one', headings.slice(0, 1)).contents, undefined);
});

test('key dates link each event to its entry on the chapter’s own timeline', () => {
  const v = view('round-one');
  assert.deepEqual(v.keyDates?.items.map((i) => [i.date.text, i.href]), [
    ['29 Feb 2020', '/sub/timeline/round-one/#event-doha'],
    ['12 Sept 2020', '/sub/timeline/round-one/#event-talks'],
  ]);
  assert.equal(v.keyDates?.full.href, '/sub/timeline/round-one/');
});

test('search filters are ids, never the titles a writer may reword', () => {
  assert.deepEqual(view('round-one').filters, ['type:chapter', 'chapter:round-one']);
});

test('past the listed maximum of chapters, a chapter carries no chapter filter, which search no longer offers', () => {
  const many = Array.from({ length: LISTED_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  const v = chapterView({ chapter: many[0]!, chapters: many, events: [], headings, url: 'https://x.org/sub/c0/', siteUrl: 'https://x.org/sub/' }, context);
  assert.deepEqual(v.filters, ['type:chapter']);
});

test('the citation and the schema.org data name the chapter, the site and the dates', () => {
  const v = view('round-one');
  assert.deepEqual(v.cite.citation, ['“Title of round-one.” ', { tag: 'cite', children: ['The Afghan Peace Talks, Explained'] }, '. Last updated 30 November 2026. https://x.org/sub/round-one/']);
  assert.equal(v.jsonLd.position, 2);
  assert.equal(v.jsonLd.inLanguage, 'en-GB');
  assert.deepEqual(v.jsonLd.isPartOf, { '@type': 'WebSite', name: 'The Afghan Peace Talks, Explained', url: 'https://x.org/sub/' });
});

test('the page prints itself, with a Print button in its edition’s words; a chapter shown in English has none, its English page prints it', () => {
  assert.equal(view('round-one').print, 'Print this chapter');
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const faContext = { locale: localeOf(fa), routes: routes('/sub/', fa) };
  const input = { chapter: CHAPTERS[0]!, chapters: CHAPTERS, events: [], headings, url: 'https://x.org/sub/fa/background/', siteUrl: 'https://x.org/sub/fa/' };
  assert.equal(chapterView(input, faContext).print, 'چاپ این فصل');
  assert.equal(chapterView({ ...input, shownInEnglish: true }, faContext).print, undefined);
});

test('a chapter shown in English with all its events in English links to the English edition’s timeline of it; one translated event keeps the edition’s own', () => {
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const faContext = { locale: localeOf(fa), routes: routes('/sub/', fa) };
  const events = EVENTS.filter((e) => e.chapter.id === 'round-one');
  const input = { chapter: CHAPTERS[1]!, chapters: CHAPTERS, headings, url: 'https://x.org/sub/fa/round-one/', siteUrl: 'https://x.org/sub/fa/', shownInEnglish: true };
  const english = chapterView({ ...input, events: events.map(markShownInEnglish) }, faContext).keyDates!;
  assert.equal(english.full.href, '/sub/timeline/round-one/');
  assert.deepEqual(english.items.map((i) => i.href), ['/sub/timeline/round-one/#event-doha', '/sub/timeline/round-one/#event-talks']);
  const mixed = chapterView({ ...input, events: [markShownInEnglish(events[0]!), events[1]!] }, faContext).keyDates!;
  assert.equal(mixed.full.href, '/sub/fa/timeline/round-one/');
  assert.equal(mixed.items[0]!.href, '/sub/fa/timeline/round-one/#event-doha');
  // A translated chapter keeps its edition's timeline whatever its events.
  assert.equal(chapterView({ ...input, shownInEnglish: false, events: events.map(markShownInEnglish) }, faContext).keyDates!.full.href, '/sub/fa/timeline/round-one/');
});

test('the "In brief" box gives the chapter’s points from its frontmatter, in order, under its heading', () => {
  assert.deepEqual(view('round-one').brief, { id: 'in-brief-heading', heading: 'In brief', points: ['One point.', 'Another point.', 'A third point.'] });
});
