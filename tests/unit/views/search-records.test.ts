import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, Commitment, Event, Term } from '../../../src/explainer.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import { parsePartialDate, type PartialDate } from '../../../src/lib/dates.ts';
import { LISTED_CHAPTERS_MAX, routes } from '../../../src/site.ts';
import { indexedProse, searchRecords, searchVocabulary } from '../../../src/views/search-records.ts';
import { CHAPTERS, chapter } from './fixtures.ts';

const date = (text: string) => parsePartialDate(text) as PartialDate;
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

const events: Event[] = [
  {
    id: 'talks-open',
    date: date('2020-09-12'),
    title: 'Talks open in Doha',
    summary: 'The sides met.',
    note: 'The date is the opening ceremony.',
    chapter: ref('chapters', 'round-two'),
    sources: [ref('sources', 'rfe')],
  },
  { id: 'withdrawal', date: date('2021-08'), title: 'Withdrawal', summary: 'The last troops left.', chapter: ref('chapters', 'outlook'), sources: [ref('sources', 'rfe')] },
];
const actors: Actor[] = [
  {
    id: 'zalmay-khalilzad',
    name: 'Zalmay Khalilzad',
    kind: 'person',
    role: 'US envoy',
    description: 'Led the talks.',
    aliases: ['Zalmay Khalilzad', 'Khalilzad', 'Khalil Zad'],
    chapters: [ref('chapters', 'round-one'), ref('chapters', 'outlook')],
    sources: [ref('sources', 'rfe')],
  },
];

const commitments: Commitment[] = [
  {
    id: 'talks-on-10-march',
    topic: 'talks',
    documents: ['agreement'],
    parties: [ref('actors', 'taliban')],
    promise: 'Open talks on 10 March 2020.',
    deadline: date('2020-03-10'),
    status: 'late',
    asOf: 'They opened on 12 September 2020.',
    note: 'Accounts differ.',
    chapter: ref('chapters', 'round-two'),
    events: [],
    sources: [ref('sources', 'rfe')],
    later: { status: 'overtaken', text: 'No settlement followed.', sources: [ref('sources', 'rfe')] },
  },
];
const glossary: Term[] = [
  {
    id: 'loya-jirga',
    term: 'Loya Jirga',
    definition: 'A grand assembly.',
    aliases: ['Loya Jirga', 'jirga'],
    chapters: [ref('chapters', 'round-two')],
    sources: [ref('sources', 'rfe')],
  },
];
const searchSynonyms = [
  { id: 'doha', word: 'Doha', spellings: ['Dawha'] },
  { id: 'kabul', word: 'Kabul', spellings: ['Cabool'] },
];
const context = { locale: localeOf(), routes: routes('/') };
const records = searchRecords({ chapters: CHAPTERS, events, actors, commitments, glossary, searchSynonyms }, context);


test('one record per event, then one per actor, then one per commitment, then one per term, in the order given', () => {
  assert.deepEqual(records.map((r) => r.url), ['/timeline/#event-talks-open', '/timeline/#event-withdrawal', '/people/#zalmay-khalilzad', '/agreement/#commitment-talks-on-10-march', '/glossary/#term-loya-jirga']);
});

test("a commitment's record gives the promise, its status in words, what happened and later, filtered by type and chapter", () => {
  assert.deepEqual(records[3], {
    url: '/agreement/#commitment-talks-on-10-march',
    content: 'Open talks on 10 March 2020. Kept late. They opened on 12 September 2020. Accounts differ. No settlement followed.',
    language: 'en-GB',
    meta: { title: 'What the agreement promised: Open talks on 10 March 2020.' },
    filters: { type: ['commitment'], chapter: ['round-two'] },
  });
});

test("a term's record gives the term, its definition and its other spellings, typed as a term, in the chapters that use it", () => {
  assert.deepEqual(records[4], {
    url: '/glossary/#term-loya-jirga',
    content: 'Loya Jirga. A grand assembly. jirga.',
    language: 'en-GB',
    meta: { title: 'Loya Jirga (glossary)' },
    filters: { type: ['term'], chapter: ['round-two'] },
  });
});

test("an event's record is dated at its precision, with its summary and note, filtered by type and chapter id", () => {
  const [talks, withdrawal] = records;
  assert.deepEqual(talks, {
    url: '/timeline/#event-talks-open',
    content: '12 September 2020: Talks open in Doha. The sides met. The date is the opening ceremony.',
    language: 'en-GB',
    // Other spellings of the words it uses, found but never shown.
    meta: { title: '12 September 2020: Talks open in Doha', spellings: 'Dawha' },
    filters: { type: ['event'], chapter: ['round-two'] },
  });
  assert.equal(withdrawal!.content, 'August 2021: Withdrawal. The last troops left.');
  assert.equal(withdrawal!.meta.title, 'August 2021: Withdrawal');
});

test("an actor's record is titled with the name alone, found by its other names, in every chapter they appear in", () => {
  assert.deepEqual(records[2], {
    url: '/people/#zalmay-khalilzad',
    content: 'Zalmay Khalilzad: US envoy. Led the talks.',
    language: 'en-GB',
    // Aliases the name already holds are left out; the rest are hidden metadata.
    meta: { title: 'Zalmay Khalilzad', aliases: 'Khalil Zad' },
    filters: { type: ['actor'], chapter: ['round-one', 'outlook'] },
  });
});

test('the vocabulary ranks names and headings before common words, and keeps the spellings the site never uses', () => {
  const { names, words: { words } } = searchVocabulary({ chapters: CHAPTERS, events, actors, glossary, searchSynonyms }, records, context);
  assert.ok(words.indexOf('Khalilzad') < words.indexOf('sides'));
  assert.ok(words.includes('September') && words.includes('2020'));
  assert.deepEqual(names.spellings, { dawha: 'Doha', cabool: 'Kabul' });
  assert.ok(words.includes('Jirga'), 'a glossary term is in the vocabulary');
  // A who's-who entry is found by its name and each alias; a glossary term is ranked, not named.
  assert.deepEqual(names.named, {
    records: [{ url: '/people/#zalmay-khalilzad', title: 'Zalmay Khalilzad', type: 'actor', chapters: ['round-one', 'outlook'] }],
    byName: { 'zalmay khalilzad': 0, khalilzad: 0, 'khalil zad': 0 },
  });
});

test('the prose the vocabulary reads leaves out footnotes, components and link targets, as the index does', () => {
  const prose = indexedProse('Talks opened.[^1] See [the text](https://example.org/deal).\n\n<TroopChart />\n\n[^1]: Reuters, "Headline words".');
  assert.doesNotMatch(prose, /Reuters|Headline|example|TroopChart/);
  assert.match(prose, /Talks opened\. See \[the text\]/);
});

test('past the listed maximum of chapters, records carry no chapter filter, which search no longer offers', () => {
  const many = Array.from({ length: LISTED_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  assert.deepEqual(searchRecords({ chapters: many, events, actors, commitments, glossary, searchSynonyms }, context).map((r) => r.filters), [
    { type: ['event'] }, { type: ['event'] }, { type: ['actor'] }, { type: ['commitment'] }, { type: ['term'] },
  ]);
});
