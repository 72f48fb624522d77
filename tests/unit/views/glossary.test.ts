import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Term } from '../../../src/explainer.ts';
import { glossaryPageView } from '../../../src/views/glossary.ts';
import { CHAPTERS, SOURCES, context } from './fixtures.ts';

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const term = (id: string, text: string, extra: Partial<Term> = {}): Term => ({
  id,
  term: text,
  definition: `What ${text} means.`,
  aliases: [],
  chapters: [ref('chapters', 'background')],
  sources: [ref('sources', 'crs')],
  ...extra,
});

const TERMS: Term[] = [
  term('taliban', 'Taliban', { actor: ref('actors', 'taliban') }),
  term('intra-afghan', 'intra-Afghan negotiations', { aliases: ['intra-Afghan negotiations', 'Intra-Afghan'], chapters: [ref('chapters', 'round-one'), ref('chapters', 'background')] }),
  term('islamic-emirate', 'Islamic Emirate', { sources: [ref('sources', 'wire'), ref('sources', 'crs')] }),
  term('ceasefire', 'ceasefire'),
  term('eid', 'Éid al-Fitr'),
];
const view = glossaryPageView({ glossary: TERMS, chapters: CHAPTERS, sources: SOURCES }, context);
const entries = view.list.groups.flatMap((g) => g.entries);

test('terms are in alphabetical order, whatever their case, grouped under their first letter without accents', () => {
  assert.deepEqual(view.list.groups.map((g) => [g.id, g.letter, g.entries.map((e) => e.term)]), [
    ['letter-c', 'C', ['ceasefire']],
    ['letter-e', 'E', ['Éid al-Fitr']],
    ['letter-i', 'I', ['intra-Afghan negotiations', 'Islamic Emirate']],
    ['letter-t', 'T', ['Taliban']],
  ]);
});

test("each entry's id is the anchor the chapters link to", () => {
  assert.deepEqual(entries.map((e) => e.id), ['term-ceasefire', 'term-eid', 'term-intra-afghan', 'term-islamic-emirate', 'term-taliban']);
});

test('an entry lists its other spellings (not the term again), its chapters in reading order under the base path, and its sources', () => {
  const talks = entries.find((e) => e.id === 'term-intra-afghan')!;
  assert.deepEqual(talks.aliases, ['Intra-Afghan']);
  assert.deepEqual(talks.chapters, [
    { href: '/sub/background/', text: 'chapter 1, Short background' },
    { href: '/sub/round-one/', text: 'chapter 2, Short round-one' },
  ]);
  assert.deepEqual(entries.find((e) => e.id === 'term-islamic-emirate')!.sources.map((s) => s.title), ['A wire story', 'A CRS report']);
});

test('a term that is also in the who’s who links to its entry there; others do not', () => {
  assert.deepEqual(entries.find((e) => e.id === 'term-taliban')!.actor, ['More in ', { tag: 'a', href: '/sub/people/#taliban', text: 'who’s who', type: undefined }, '.']);
  assert.equal(entries.find((e) => e.id === 'term-ceasefire')!.actor, undefined);
});

test('the page counts its terms and links to the open data', () => {
  assert.match(view.description, /^Plain definitions of the 5 terms/);
  assert.match(view.intro, /the two chapters use/);
  assert.deepEqual(view.dataLinks.text.filter((p) => typeof p !== 'string').map((p) => (p as { href: string }).href), ['/sub/data/glossary.csv', '/sub/data/glossary.json']);
});
