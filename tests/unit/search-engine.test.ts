import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PAGE, TYPE_WEIGHTS, searchSite, type PagefindResponse } from '../../src/lib/search-engine.ts';
import { Vocabulary, buildVocabulary } from '../../src/lib/search-vocabulary.ts';
import { SEARCH_TYPES } from '../../src/site.ts';

const vocabulary = new Vocabulary(
  buildVocabulary([{ weight: 1, texts: ['Khalilzad met the Taliban in Doha; the talks on the ceasefire went on.'] }], [
    { word: 'Taliban', spellings: ['Taleban'] },
  ]),
);

/** A stand-in for Pagefind that records each search and answers with `hits` (type, score). */
function fakePagefind(hits: { type: string; score: number }[]) {
  const calls: { term: string; filters: Record<string, string[]> }[] = [];
  return {
    calls,
    async search(term: string, opts: { filters?: Record<string, string[]> } = {}): Promise<PagefindResponse> {
      calls.push({ term, filters: opts.filters ?? {} });
      return {
        results: hits.map((h, i) => ({
          score: h.score,
          data: async () => ({ url: `/r${i}/`, excerpt: '', meta: { title: `r${i}` }, filters: { type: [h.type] } }),
        })),
        filters: { type: { chapter: 1 }, chapter: { 'round-one': 2 } },
        totalFilters: { type: { chapter: 5, actor: 4 }, chapter: { 'round-one': 9 } },
      };
    },
  };
}

test('a query is ONE Pagefind search, of the normalised query with the site spellings', async () => {
  const pf = fakePagefind([{ type: 'chapter', score: 1 }]);
  const outcome = (await searchSite(pf, vocabulary, '  \u202ETaleban\u202C   ceasefire '))!;
  assert.deepEqual(pf.calls, [{ term: 'Taliban ceasefire', filters: {} }]);
  assert.equal(outcome.searched, 'Taliban ceasefire');
  assert.deepEqual(outcome.unmatched, []);
});

test('a word that matches nothing real is left out of the search, and named', async () => {
  const pf = fakePagefind([{ type: 'chapter', score: 1 }]);
  const outcome = (await searchSite(pf, vocabulary, 'Mujaddidi Doha'))!;
  assert.deepEqual(pf.calls.map((c) => c.term), ['doha']);
  assert.deepEqual(outcome.unmatched, ['mujaddidi']);
});

test('when no word matches, nothing is searched and nearest words are offered', async () => {
  const pf = fakePagefind([{ type: 'chapter', score: 1 }]);
  const outcome = (await searchSite(pf, vocabulary, 'Khalilzaaadd'))!;
  assert.equal(pf.calls.length, 0);
  assert.equal(outcome.total, 0);
  assert.deepEqual(outcome.suggestions, [{ text: 'Khalilzad' }]);
});

test('with no result, "Did you mean" is offered; with several, it is not', async () => {
  const none = (await searchSite(fakePagefind([]), vocabulary, 'ceasfire'))!;
  assert.deepEqual(none.suggestions, [{ text: 'ceasefire' }]);
  // "Khalilzadd" backtracks to "khalilzad", a real match: with results found, no suggestion is needed.
  const many = (await searchSite(fakePagefind([{ type: 'chapter', score: 2 }, { type: 'event', score: 1 }]), vocabulary, 'Khalilzadd'))!;
  assert.deepEqual(many.suggestions, []);
  const one = (await searchSite(fakePagefind([{ type: 'chapter', score: 2 }]), vocabulary, 'Khalilzadd'))!;
  assert.deepEqual(one.suggestions, [{ text: 'Khalilzad' }]);
});

test('results keep Pagefind order across types, adjusted by each type weight, and come a page at a time', async () => {
  assert.deepEqual(Object.keys(TYPE_WEIGHTS).sort(), [...SEARCH_TYPES].sort());
  const hits = [
    { type: 'event', score: 10 },
    { type: 'actor', score: 6 },
    ...Array.from({ length: PAGE + 2 }, () => ({ type: 'event', score: 1 })),
  ];
  const outcome = (await searchSite(fakePagefind(hits), vocabulary, 'Khalilzad'))!;
  // 6 × 2 (an actor) outweighs 10 × 1 (a timeline entry).
  assert.deepEqual(outcome.hits.slice(0, 2).map((h) => h.url), ['/r1/', '/r0/']);
  assert.equal(outcome.hits.length, PAGE);
  assert.equal(outcome.total, hits.length);
  assert.equal((await outcome.more()).length, hits.length - PAGE);
});

test("one chosen filter group is counted without its own choice; two cost a search each", async () => {
  const one = fakePagefind([{ type: 'chapter', score: 1 }]);
  const counted = (await searchSite(one, vocabulary, 'Doha', { type: ['chapter'] }))!;
  assert.equal(one.calls.length, 1);
  assert.deepEqual(counted.counts.type, { chapter: 5, actor: 4 });
  assert.deepEqual(counted.counts.chapter, { 'round-one': 2 });
  const two = fakePagefind([{ type: 'chapter', score: 1 }]);
  await searchSite(two, vocabulary, 'Doha', { type: ['chapter'], chapter: ['round-one'] });
  assert.deepEqual(two.calls.map((c) => Object.keys(c.filters).sort().join()), ['chapter,type', 'chapter', 'type']);
});

test('a query replaced by a newer keystroke returns null before loading excerpts', async () => {
  assert.equal(await searchSite(fakePagefind([{ type: 'chapter', score: 1 }]), vocabulary, 'Doha', {}, () => false), null);
});

test("a query that is a record's name shows it first, once, linked under the base path with its words to highlight", async () => {
  const named = new Vocabulary(
    buildVocabulary([{ weight: 1, texts: ['The Taliban talked in Doha.'] }], [], [
      { names: ['Taliban'], url: '/people/#taliban', title: 'Taliban', type: 'actor', text: 'Movement & party', chapters: ['round-one'] },
    ]),
  );
  const pf = fakePagefind([{ type: 'chapter', score: 3 }, { type: 'chapter', score: 2 }]);
  const outcome = (await searchSite(pf, named, 'Taliban', {}, () => true, '/explainer/'))!;
  assert.deepEqual(outcome.hits[0], {
    url: '/explainer/people/?highlight=taliban#taliban',
    title: 'Taliban',
    excerpt: 'Movement &amp; party',
    type: 'actor',
    chapters: ['round-one'],
    sections: [],
  });
  assert.equal(outcome.hits.length, 3);
  // Not for another query, nor when a filter would leave it out.
  assert.notEqual((await searchSite(pf, named, 'Taliban Doha'))!.hits[0]!.title, 'Taliban');
  assert.notEqual((await searchSite(pf, named, 'Taliban', { type: ['chapter'] }))!.hits[0]!.title, 'Taliban');
  assert.equal((await searchSite(pf, named, 'Taliban', { type: ['actor'] }))!.hits[0]!.title, 'Taliban');
});
