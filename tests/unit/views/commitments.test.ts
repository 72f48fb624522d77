import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, Commitment, Event } from '../../../src/explainer.ts';
import { COMMITMENT_STATUSES } from '../../../src/site.ts';
import { commitmentsView } from '../../../src/views/commitments.ts';
import type { Inline } from '../../../src/views/shared.ts';
import { ACTORS, CHAPTERS, EVENTS, SOURCES, context, day } from './fixtures.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const events: Event[] = [
  ...EVENTS.map((e) => (e.id === 'doha' ? { ...e, document: 'agreement' as const } : e)),
  { id: 'kabul', date: day('2020-02-29'), title: 'Declaration issued', summary: 'S.', chapter: ref('chapters', 'round-one'), sources: [ref('sources', 'crs')], document: 'declaration' },
] as Event[];
const actors: Actor[] = [...ACTORS, { ...ACTORS[2]!, id: 'united-states', name: 'United States', kind: 'country' }];

const commitment = (id: string, extra: Partial<Commitment>): Commitment =>
  ({
    id, topic: 'troops', documents: ['agreement'], parties: [ref('actors', 'united-states')], promise: `Promise ${id}.`, status: 'kept',
    asOf: `As of ${id}.`, chapter: ref('chapters', 'round-one'), events: [], sources: [ref('sources', 'crs')], ...extra,
  }) as Commitment;

const commitments: Commitment[] = [
  commitment('troops', { deadline: day('2020-07-13'), deadlineNote: '135 days after the signing', documents: ['agreement', 'declaration'], events: [ref('events', 'talks')] }),
  commitment('talks', { topic: 'talks', parties: [ref('actors', 'taliban')], deadline: day('2020-03-10'), status: 'late', note: 'Counts differ.' }),
  commitment('withdrawal', {
    status: 'open', deadline: day('2021-04'),
    later: { status: 'late', text: 'They left in August 2021.', sources: [ref('sources', 'wire')] },
  }),
  commitment('sanctions', { topic: 'sanctions', status: 'overtaken', chapter: ref('chapters', 'background') }),
];

const view = commitmentsView({ commitments, chapters: CHAPTERS, events, actors, sources: SOURCES, postscript: day('2026-12-01') }, context);
const hrefs = (parts: readonly Inline[]) => parts.flatMap((p) => (typeof p === 'object' && 'href' in p ? [p.href] : []));
const texts = (parts: readonly Inline[]) => parts.map((p) => (typeof p === 'string' ? p : 'text' in p ? p.text : '')).join('');

test('the promises are grouped by topic in the topics’ order, each in the order given, and empty topics are left out', () => {
  assert.deepEqual(view.topics.map((g) => [g.id, g.heading, g.entries.map((e) => e.anchor)]), [
    ['topic-troops', 'Foreign troops', ['commitment-troops', 'commitment-withdrawal']],
    ['topic-talks', 'Talks between Afghans', ['commitment-talks']],
    ['topic-sanctions', 'Sanctions and the UN', ['commitment-sanctions']],
  ]);
  assert.deepEqual(view.contents.links, [
    { href: '#topic-troops', text: 'Foreign troops (2)' },
    { href: '#topic-talks', text: 'Talks between Afghans (1)' },
    { href: '#topic-sanctions', text: 'Sanctions and the UN (1)' },
  ]);
});

test('each status is given in words and dated by the as-of date, never by colour alone', () => {
  const [troops, withdrawal] = view.topics[0]!.entries;
  assert.deepEqual(troops!.status, { id: 'kept', label: 'Kept' });
  assert.equal(troops!.statusLabel, 'Status on 1 March 2021:');
  assert.deepEqual(view.topics[1]!.entries[0]!.status, { id: 'late', label: 'Kept late' });
  assert.deepEqual(withdrawal!.status, { id: 'open', label: 'Open' });
});

test('the key defines every status, used or not, with how many promises have it', () => {
  assert.deepEqual(view.summary.items.map((i) => i.status.id), [...COMMITMENT_STATUSES]);
  const count = (id: string) => view.summary.items.find((i) => i.status.id === id)!.count;
  assert.equal(count('kept'), '1 promise');
  assert.equal(count('broken'), '0 promises');
  assert.ok(view.summary.items.every((i) => i.definition.length > 10));
  assert.equal(texts(view.summary.heading), 'Where the promises stood on 1 March 2021');
});

test('an entry names its parties, documents and deadline, and links to its chapter, events and sources under the base path', () => {
  const troops = view.topics[0]!.entries[0]!;
  assert.deepEqual(troops.parties, [{ href: '/sub/people/#united-states', text: 'United States' }]);
  assert.equal(troops.documents, 'US–Taliban agreement and US–Afghan joint declaration');
  assert.equal(texts(troops.deadline), '13 July 2020 (135 days after the signing)');
  assert.deepEqual(troops.chapter, { href: '/sub/round-one/', text: 'chapter 2, Short round-one' });
  assert.deepEqual(troops.events, [{ href: '/sub/timeline/#event-talks', text: '12 September 2020: Talks open' }]);
  assert.deepEqual(troops.sources, [{ title: 'A CRS report', href: 'https://crs.example/r', publisher: '(CRS)' }]);
  assert.equal(troops.later, undefined);
  // A deadline known to the month is printed to the month; no deadline says so.
  assert.equal(texts(view.topics[0]!.entries[1]!.deadline), 'April 2021');
  assert.equal(texts(view.topics[2]!.entries[0]!.deadline), 'None set');
});

test('what happened later is kept apart, with its own status, sources and the postscript’s date', () => {
  const withdrawal = view.topics[0]!.entries[1]!;
  assert.deepEqual(withdrawal.later, {
    status: { id: 'late', text: 'Later: Kept late.' },
    text: 'They left in August 2021.',
    sources: [{ title: 'A wire story', href: undefined, publisher: '(Reuters)' }],
  });
  assert.equal(texts(view.labels.later), 'Postscript · written 1 December 2026, with hindsight:');
  assert.equal(view.topics[1]!.entries[0]!.note, 'Counts differ.');
});

test('the introduction links each document to its signing on the timeline, and the page to its open data', () => {
  assert.deepEqual(hrefs(view.intro), ['/sub/timeline/#event-doha', '/sub/timeline/#event-kabul']);
  assert.match(texts(view.asOf), /stood on 1 March 2021, .* written 1 December 2026\./);
  assert.deepEqual(hrefs(view.dataLinks.text), ['/sub/data/commitments.csv', '/sub/data/commitments.json']);
  assert.match(view.description, /^All 4 promises of the US–Taliban agreement/);
});
