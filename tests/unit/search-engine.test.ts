import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PAGE, TYPE_WEIGHTS, isRealMatch, searchSite, type PagefindResponse } from '../../src/lib/search-engine.ts';
import { Suggester } from '../../src/lib/search-suggest.ts';
import { QueryNames, buildVocabulary } from '../../src/lib/search-vocabulary.ts';
import { SEARCH_TYPES } from '../../src/site.ts';

const built = buildVocabulary(
  [{ weight: 1, texts: ['Khalilzad met the Taliban in Doha; the talks on the ceasefire went on.'] }],
  [{ word: 'Taliban', spellings: ['Taleban'] }],
  [{ names: ['Taliban'], url: '/people/#taliban', title: 'Taliban', type: 'actor', chapters: ['round-one'] }],
);
const names = new QueryNames(built.names);
let suggesterLoads = 0;
const suggester = async () => {
  suggesterLoads++;
  return new Suggester(built.words, names);
};

interface Fake {
  type: string;
  score: number;
  /** The words Pagefind marks in the excerpt: as the query word, or (backtracking) a short prefix of it. */
  marks?: string[];
  url?: string;
  metaFields?: string[];
}

/** A stand-in for Pagefind that records each search and answers with `hits`. */
function fakePagefind(hits: Fake[] | ((term: string) => Fake[])) {
  const calls: { term: string; filters: Record<string, string[]> }[] = [];
  return {
    calls,
    async search(term: string, opts: { filters?: Record<string, string[]> } = {}): Promise<PagefindResponse> {
      calls.push({ term, filters: opts.filters ?? {} });
      const found = typeof hits === 'function' ? hits(term) : hits;
      return {
        results: found.map((h, i) => ({
          score: h.score,
          ...(h.metaFields ? { matchedMetaFields: h.metaFields } : {}),
          data: async () => ({
            url: h.url ?? `/r${i}/`,
            excerpt: (h.marks ?? term.split(' ')).map((m) => `… <mark>${m}</mark> …`).join(''),
            meta: { title: `r${i}`, spellings: 'Stanekzai' },
            filters: { type: [h.type] },
          }),
        })),
        filters: { type: { chapter: 1 }, chapter: { 'round-one': 2 } },
        totalFilters: { type: { chapter: 5, actor: 4 }, chapter: { 'round-one': 9 } },
      };
    },
  };
}

test('a real match is the query word, a longer word, or a prefix that is most of it', () => {
  assert.equal(isRealMatch('khalil', 'khalilzad'), true);
  assert.equal(isRealMatch('negotiating', 'negotiated'), true);
  assert.equal(isRealMatch('prisoners', 'prisoner'), true);
  assert.equal(isRealMatch('akhunzada', 'a'), false);
  assert.equal(isRealMatch('akhunzada', 'akhundzada'), false);
  assert.equal(isRealMatch('talx', 'tal'), false);
});

test('a query is ONE Pagefind search, of the normalised query with the site spellings', async () => {
  const pf = fakePagefind([{ type: 'chapter', score: 1 }]);
  const outcome = (await searchSite(pf, names, suggester, '  \u202ETaleban\u202C   ceasefire '))!;
  assert.deepEqual(pf.calls, [{ term: 'taliban ceasefire', filters: {} }]);
  assert.equal(outcome.searched, 'taliban ceasefire');
  assert.deepEqual(outcome.unmatched, []);
});

test('results matched only by a short prefix of the query word are dropped, with "Did you mean"', async () => {
  const pf = fakePagefind([{ type: 'chapter', score: 1, marks: ['a'] }, { type: 'event', score: 1, marks: ['ak'] }]);
  const outcome = (await searchSite(pf, names, suggester, 'Khalilzaaadd'))!;
  assert.equal(outcome.total, 0);
  assert.deepEqual(outcome.hits, []);
  assert.deepEqual(outcome.unmatched, ['khalilzaaadd']);
  assert.deepEqual(outcome.suggestions, [{ text: 'Khalilzad' }]);
});

test('a word matched only by metadata (another spelling) is a real match', async () => {
  const pf = fakePagefind([{ type: 'chapter', score: 1, marks: [], metaFields: ['spellings'] }]);
  const outcome = (await searchSite(pf, names, suggester, 'Stanekzai'))!;
  assert.deepEqual(outcome.unmatched, []);
  assert.equal(outcome.total, 1);
});

test('with one word noise and one real, the real one is searched again alone, and the other named', async () => {
  const pf = fakePagefind((term) => (term === 'doha' ? [{ type: 'chapter', score: 1 }] : [{ type: 'chapter', score: 1, marks: ['m', 'doha'] }]));
  const outcome = (await searchSite(pf, names, suggester, 'Mujaddidi Doha'))!;
  assert.deepEqual(pf.calls.map((c) => c.term), ['mujaddidi doha', 'doha']);
  assert.deepEqual(outcome.unmatched, ['mujaddidi']);
  assert.equal(outcome.searched, 'doha');
});

test('"Did you mean" words load only when a query finds little or nothing', async () => {
  const before = suggesterLoads;
  await searchSite(fakePagefind([{ type: 'chapter', score: 2 }, { type: 'event', score: 1 }]), names, suggester, 'Doha');
  assert.equal(suggesterLoads, before);
  const none = (await searchSite(fakePagefind([]), names, suggester, 'ceasfire'))!;
  assert.deepEqual(none.suggestions, [{ text: 'ceasefire' }]);
  assert.equal(suggesterLoads, before + 1);
});

test('results keep Pagefind order across types, adjusted by each type weight, and come a page at a time', async () => {
  assert.deepEqual(Object.keys(TYPE_WEIGHTS).sort(), [...SEARCH_TYPES].sort());
  const hits = [
    { type: 'event', score: 10 },
    { type: 'actor', score: 6 },
    ...Array.from({ length: PAGE + 2 }, () => ({ type: 'event', score: 1 })),
  ];
  const outcome = (await searchSite(fakePagefind(hits), names, suggester, 'Khalilzad'))!;
  // 6 × 2 (a who's-who entry) outweighs 10 × 1 (a timeline entry).
  assert.deepEqual(outcome.hits.slice(0, 2).map((h) => h.url), ['/r1/', '/r0/']);
  assert.equal(outcome.hits.length, PAGE);
  assert.equal(outcome.total, hits.length);
  assert.equal((await outcome.more()).length, hits.length - PAGE);
});

test("a query that is a record's name shows it first, once: as Pagefind found it, or by name under the base path", async () => {
  const onPage = fakePagefind([{ type: 'chapter', score: 3 }, { type: 'actor', score: 1, url: '/people/?highlight=taliban#taliban' }]);
  const found = (await searchSite(onPage, names, suggester, 'Taliban'))!;
  assert.deepEqual(found.hits.map((h) => h.url), ['/people/?highlight=taliban#taliban', '/r0/']);
  const later = fakePagefind([{ type: 'chapter', score: 3 }, { type: 'chapter', score: 2 }]);
  const pinned = (await searchSite(later, names, suggester, 'Taliban', {}, () => true, '/explainer/'))!;
  assert.deepEqual(pinned.hits[0], {
    url: '/explainer/people/?highlight=taliban#taliban',
    title: 'Taliban',
    excerpt: '',
    type: 'actor',
    chapters: ['round-one'],
    sections: [],
  });
  assert.equal(pinned.hits.length, 3);
  // Not for another query, nor when a filter would leave it out.
  assert.notEqual((await searchSite(later, names, suggester, 'Taliban Doha'))!.hits[0]!.title, 'Taliban');
  assert.notEqual((await searchSite(later, names, suggester, 'Taliban', { type: ['chapter'] }))!.hits[0]!.title, 'Taliban');
  assert.equal((await searchSite(later, names, suggester, 'Taliban', { type: ['actor'] }))!.hits[0]!.title, 'Taliban');
});

test('one chosen filter group is counted without its own choice; two cost a search each', async () => {
  const one = fakePagefind([{ type: 'chapter', score: 1 }]);
  const counted = (await searchSite(one, names, suggester, 'Doha', { type: ['chapter'] }))!;
  assert.equal(one.calls.length, 1);
  assert.deepEqual(counted.counts.type, { chapter: 5, actor: 4 });
  assert.deepEqual(counted.counts.chapter, { 'round-one': 2 });
  const two = fakePagefind([{ type: 'chapter', score: 1 }]);
  await searchSite(two, names, suggester, 'Doha', { type: ['chapter'], chapter: ['round-one'] });
  assert.deepEqual(two.calls.map((c) => Object.keys(c.filters).sort().join()), ['chapter,type', 'chapter', 'type']);
});

test('a query replaced by a newer keystroke returns null', async () => {
  assert.equal(await searchSite(fakePagefind([{ type: 'chapter', score: 1 }]), names, suggester, 'Doha', {}, () => false), null);
});
