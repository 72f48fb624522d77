import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spellingsFor, unusedSynonyms } from '../../src/lib/search-spellings.ts';
import { Vocabulary, allowedEdits, buildVocabulary } from '../../src/lib/search-vocabulary.ts';

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
const vocabulary = buildVocabulary(SOURCES, SYNONYMS);
const words = new Vocabulary(vocabulary);

test('words are ranked by their weighted count, written as the site most often writes them', () => {
  assert.equal(vocabulary.complete, true);
  assert.ok(vocabulary.words.indexOf('Khalilzad') < vocabulary.words.indexOf('talks'), vocabulary.words.join());
  assert.ok(vocabulary.words.includes('Doha') && !vocabulary.words.includes('doha'));
  // Single letters tell nothing and are left out.
  assert.ok(!vocabulary.words.includes('a'));
});

test('past the limit, the lowest-ranked words are cut and the vocabulary says it is incomplete', () => {
  const cut = buildVocabulary(SOURCES, [], [], 5);
  assert.equal(cut.words.length, 5);
  assert.equal(cut.complete, false);
  assert.ok(cut.words.includes('Khalilzad') && !cut.words.includes('stalled'), cut.words.join());
  // An incomplete list cannot say a word is missing.
  assert.equal(new Vocabulary(cut).matches('zzzz'), true);
});

test('only spellings the site never uses are searched as the site word', () => {
  assert.deepEqual(vocabulary.spellings, { taleban: 'Taliban', 'islamic state khorasan': 'ISIS-K' });
  assert.equal(words.searchable('Taleban  talks'), 'Taliban talks');
  assert.equal(words.searchable('the Islamic State Khorasan'), 'the ISIS-K');
  assert.equal(words.searchable('Baradar'), 'baradar');
});

test('a real match: the word, a word it begins, or most of it (Pagefind backtracks to a prefix)', () => {
  assert.equal(words.matches('khalilzad'), true);
  assert.equal(words.matches('khalil'), true);
  assert.equal(words.matches('taleban'), true);
  // "negotiating" backtracks to "negotiat", most of the word: the site's "negotiated".
  assert.equal(words.matches('negotiating'), true);
  // "Akhunzada" backtracks to "akhun", and "Baradaran" would not: short prefixes are noise.
  assert.equal(words.matches('akhunzada'), false);
  assert.equal(words.matches('mujaddidi'), false);
  assert.deepEqual(words.unmatched('Mujaddidi  in Doha'), ['mujaddidi']);
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
