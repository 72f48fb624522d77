import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spellingsFor, unusedSynonyms } from '../../src/lib/search-spellings.ts';
import { Suggester, allowedEdits } from '../../src/lib/search-suggest.ts';
import { QueryNames, buildVocabulary, yehSpellings } from '../../src/lib/search-vocabulary.ts';
import { latinNames, withLatinNames, withLatinVocabulary, withoutPrefix } from '../../src/lib/search-latin.ts';

const SOURCES = [
  { weight: 20, texts: ['Zalmay Khalilzad', 'Abdul Ghani Baradar', 'Hibatullah Akhundzada', 'Mike Pompeo'] },
  { weight: 10, texts: ['Releasing the prisoners', 'The Doha agreement'] },
  { weight: 1, texts: ['The talks in Doha were negotiated by Khalilzad. The Taliban negotiated; the talks stalled. Ceasefire talk, a baradari.'] },
];
const SYNONYMS = [
  { id: 'taliban', word: 'Taliban', spellings: ['Taleban'] },
  { id: 'isis-k', word: 'ISIS-K', spellings: ['Islamic State Khorasan'] },
  // A spelling the site uses itself is never rewritten.
  { id: 'khalilzad', word: 'Khalilzad', spellings: ['Baradar'] },
];
const NAMED = [
  { names: ['Zalmay Khalilzad', 'Khalilzad'], url: '/people/#zalmay-khalilzad', title: 'Zalmay Khalilzad', type: 'actor' as const, chapters: ['round-one'] },
  // "Haqqani" names two people, so it pins neither.
  { names: ['Sirajuddin Haqqani', 'Haqqani'], url: '/people/#s', title: 'Sirajuddin Haqqani', type: 'actor' as const, chapters: [] },
  { names: ['Abdul Hakim Haqqani', 'Haqqani'], url: '/people/#h', title: 'Abdul Hakim Haqqani', type: 'actor' as const, chapters: [] },
];
const { names: namesFile, words: wordsFile } = buildVocabulary(SOURCES, SYNONYMS, NAMED);
const vocabulary = { ...namesFile, ...wordsFile };
const names = new QueryNames(namesFile);
const words = new Suggester(wordsFile, names);

test('words are ranked by their weighted count, written as the site most often writes them', () => {
  assert.ok(vocabulary.words.indexOf('Khalilzad') < vocabulary.words.indexOf('talks'), vocabulary.words.join());
  assert.ok(vocabulary.words.includes('Doha') && !vocabulary.words.includes('doha'));
  // Single letters tell nothing and are left out.
  assert.ok(!vocabulary.words.includes('a'));
});

test('past the limit, the lowest-ranked words are cut', () => {
  const cut = buildVocabulary(SOURCES, [], [], 5).words.words;
  assert.equal(cut.length, 5);
  assert.ok(cut.includes('Khalilzad') && !cut.includes('stalled'), cut.join());
});

test('a record is found by each of its names, unless another record shares the name', () => {
  assert.deepEqual(vocabulary.named.byName, { 'zalmay khalilzad': 0, khalilzad: 0, 'sirajuddin haqqani': 1, 'abdul hakim haqqani': 2 });
  assert.equal(names.named('khalilzad')?.url, '/people/#zalmay-khalilzad');
  assert.equal(names.named('haqqani'), undefined);
  assert.equal(names.named('khalilzad doha'), undefined);
});

test('only spellings the site never uses are searched as the site word', () => {
  assert.deepEqual(vocabulary.spellings, { taleban: 'Taliban', 'islamic state khorasan': 'ISIS-K' });
  assert.equal(names.searchable('Taleban  talks'), 'taliban talks');
  assert.equal(names.searchable('the Islamic State Khorasan'), 'the isis k');
  assert.equal(names.searchable('Baradar'), 'baradar');
  assert.equal(names.searchable(' \u202E '), '');
});

test('edits allowed grow with the word: none up to 3 letters, then 1, 2, 3', () => {
  assert.deepEqual([3, 4, 5, 6, 8, 9, 14].map(allowedEdits), [0, 1, 1, 2, 2, 3, 3]);
});

test('"Did you mean": the nearest words, fewest edits first, names before common words', () => {
  assert.deepEqual(words.suggest('Khalilzaad'), [{ text: 'Khalilzad' }]);
  assert.deepEqual(words.suggest('pompio'), [{ text: 'Pompeo' }]);
  assert.deepEqual(words.suggest('cesefire').map((s) => s.text), ['Ceasefire']);
  // Nothing to correct, or nothing near enough.
  assert.deepEqual(words.suggest('Doha'), []);
  assert.deepEqual(words.suggest('Taleban'), []);
  assert.deepEqual(words.suggest('qwxzvb'), []);
  assert.deepEqual(words.suggest('xyz'), []);
});

test('a longer query gets one suggestion, each wrong word corrected and the rest as typed', () => {
  assert.deepEqual(words.suggest('Zalmay Khalilzaad'), [{ text: 'Zalmay Khalilzad' }]);
  assert.deepEqual(words.suggest('Akhundzda qwxzvb'), [{ text: 'Akhundzada' }]);
});

test("other spellings go with every text that uses the site's word, once each", () => {
  assert.deepEqual(spellingsFor('The Taliban and the Taliban office; ISIS-K claimed it.', SYNONYMS), ['Taleban', 'Islamic State Khorasan']);
  assert.deepEqual(spellingsFor('Nothing here.', SYNONYMS), []);
  assert.deepEqual(
    unusedSynonyms(['Khalilzad met the Taliban.'], SYNONYMS).map((s) => s.id),
    ['isis-k'],
  );
});

test("Pashto words written with ي ې or ۍ are found by their form with ی; where the site writes both, by the one it uses most", () => {
  assert.deepEqual(yehSpellings(['غني', 'کابل', 'سیاسي', 'کرزی', 'کرزي', 'حقاني', 'حقانی', 'کې']), { 'غنی': 'غني', 'سیاسی': 'سیاسي', 'حقانی': 'حقاني', 'کی': 'کې' });
  assert.deepEqual(yehSpellings(['Khalilzad', 'خلیلزاد']), {});
});

test('a Pashto query is searched with the letters the site writes, whichever yeh the reader typed', () => {
  const { names: ps } = buildVocabulary([{ weight: 1, texts: ['اشرف غني او سیاسي دفتر، زلمی خلیلزاد، د سولې خبرې'] }]);
  assert.deepEqual(ps.yeh, { 'غنی': 'غني', 'سیاسی': 'سیاسي', 'سولی': 'سولې', 'خبری': 'خبرې' });
  const query = new QueryNames(ps, { digits: 'persian', language: 'ps' });
  // Persian keyboard (ی for ي), Arabic keyboard (ي for ی), and as the site writes it: the same search.
  assert.equal(query.searchable('اشرف غنی'), 'اشرف غني');
  assert.equal(query.searchable('سياسي'), 'سیاسي');
  assert.equal(query.searchable('زلمي خليلزاد'), 'زلمی خلیلزاد');
  assert.equal(query.searchable('غني 2020'), 'غني ۲۰۲۰');
  // ې typed as ی, as a Persian keyboard must.
  assert.equal(query.searchable('د سولی خبری'), 'د سولې خبرې');
  // Typed with the other yeh, a word of the site is not "wrong": no "Did you mean …?" for it.
  assert.equal(query.isSpelling('غنی'), true);
  assert.deepEqual(new Suggester({ words: ['غني', 'خلیلزاد'] }, query).suggest('غنی'), []);
  // The English edition has no such words, and its queries keep their letters.
  assert.equal(namesFile.yeh, undefined);
});

const ENGLISH = buildVocabulary(
  [{ weight: 20, texts: ['Zalmay Khalilzad', 'Ashraf Ghani', 'Abdul Ghani Baradar'] }],
  [],
  [
    { names: ['Zalmay Khalilzad', 'Khalilzad'], url: '/people/#zalmay-khalilzad', title: 'Zalmay Khalilzad', type: 'actor', chapters: [] },
    { names: ['Ashraf Ghani'], url: '/people/#ashraf-ghani', title: 'Ashraf Ghani', type: 'actor', chapters: [] },
    { names: ['Abdul Ghani Baradar', 'Baradar'], url: '/people/#abdul-ghani-baradar', title: 'Abdul Ghani Baradar', type: 'actor', chapters: [] },
  ],
);
// The English forms from names.yaml: "Ghani" is Ashraf Ghani's alone; "Abdul" both men's would share.
const LATIN = latinNames(ENGLISH, [
  { url: '/people/#ashraf-ghani', names: ['Ashraf Ghani', 'Ghani'] },
  { url: '/people/#abdul-ghani-baradar', names: ['Abdul'] },
  { url: '/people/#zalmay-khalilzad', names: ['Abdul'] },
]);

test("the default edition's names of each who's-who entry, written as it writes them, shared names left out", () => {
  assert.deepEqual(LATIN.get('/people/#zalmay-khalilzad'), ['Zalmay Khalilzad', 'Khalilzad']);
  assert.deepEqual(LATIN.get('/people/#ashraf-ghani'), ['Ashraf Ghani', 'Ghani']);
  assert.deepEqual(LATIN.get('/people/#abdul-ghani-baradar'), ['Abdul Ghani Baradar', 'Baradar']);
  assert.equal(withoutPrefix('/fa/people/#x', 'fa/'), '/people/#x');
  assert.equal(withoutPrefix('/people/#x', ''), '/people/#x');
});

test("a translated edition's who's-who entry is indexed and named by its Latin names", () => {
  const records = [
    { url: '/fa/people/#zalmay-khalilzad', meta: { title: 'زلمی خلیلزاد', aliases: 'خلیلزاد' }, filters: { type: ['actor' as const] } },
    { url: '/fa/timeline/#event-x', meta: { title: 'رویداد' }, filters: { type: ['event' as const] } },
  ];
  const indexed = withLatinNames(records, LATIN, 'fa/');
  assert.equal(indexed[0]!.meta.aliases, 'خلیلزاد, Zalmay Khalilzad, Khalilzad');
  assert.equal(indexed[1], records[1]);

  const dari = buildVocabulary([{ weight: 20, texts: ['زلمی خلیلزاد'] }], [], [
    { names: ['زلمی خلیلزاد', 'خلیلزاد'], url: '/fa/people/#zalmay-khalilzad', title: 'زلمی خلیلزاد', type: 'actor', chapters: [] },
  ]);
  const withLatin = withLatinVocabulary(dari, LATIN, 'fa/');
  const query = new QueryNames(withLatin.names, { digits: 'persian', language: 'fa' });
  assert.equal(query.named(query.searchable('Khalilzad'))?.url, '/fa/people/#zalmay-khalilzad');
  assert.equal(query.named(query.searchable('خلیلزاد'))?.url, '/fa/people/#zalmay-khalilzad');
  // Latin words come after the edition's own, for "Did you mean …?".
  assert.deepEqual(withLatin.words.words, ['خلیلزاد', 'زلمی', 'Zalmay', 'Khalilzad', 'Ashraf', 'Ghani', 'Abdul', 'Baradar']);
  assert.deepEqual(new Suggester(withLatin.words, query).suggest('Khalilzaad'), [{ text: 'Khalilzad' }]);
});
