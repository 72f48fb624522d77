import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightTerms } from '../../src/lib/highlight-terms.ts';

test('a number is also tried with thousands separators, and one with separators without them', () => {
  assert.deepEqual(highlightTerms(['8600']), ['8600', '8,600']);
  assert.deepEqual(highlightTerms(['14000', 'troops']), ['14000', '14,000', 'troops', 'troop']);
  assert.deepEqual(highlightTerms(['8,600']), ['8,600', '8600']);
});

test('years stay as written: 2020 is never 2,020', () => {
  assert.deepEqual(highlightTerms(['2020', '1989']), ['2020', '1989']);
});

test('a plural is also tried as its singular; other words, short words and -ss/-us/-is words are left alone', () => {
  assert.deepEqual(highlightTerms(['withdrawals']), ['withdrawals', 'withdrawal']);
  assert.deepEqual(highlightTerms(['ceasefires']), ['ceasefires', 'ceasefire']);
  assert.deepEqual(highlightTerms(['militias']), ['militias', 'militia']);
  assert.deepEqual(highlightTerms(['parties']), ['parties', 'party']);
  assert.deepEqual(highlightTerms(['marches', 'boxes']), ['marches', 'march', 'boxes', 'box']);
  // A cut-back verb would mark half a word.
  assert.deepEqual(highlightTerms(['negotiating', 'signed']), ['negotiating', 'signed']);
  assert.deepEqual(highlightTerms(['bus', 'gas', 'process', 'Taliban', 'analysis', 'Kabul']), ['bus', 'gas', 'process', 'Taliban', 'analysis', 'Kabul']);
  assert.deepEqual(highlightTerms(['', ' ']), []);
});
