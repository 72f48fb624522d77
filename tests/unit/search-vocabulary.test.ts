import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spellingsFor, unusedSynonyms } from '../../src/lib/search-spellings.ts';
import { Suggester, allowedEdits } from '../../src/lib/search-suggest.ts';
import { QueryNames, buildVocabulary } from '../../src/lib/search-vocabulary.ts';

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
