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

test('a plural or inflected word is also tried as its stem; short words are left alone', () => {
  assert.deepEqual(highlightTerms(['withdrawals']), ['withdrawals', 'withdrawal']);
  assert.deepEqual(highlightTerms(['militias']), ['militias', 'militia']);
  assert.deepEqual(highlightTerms(['negotiating']), ['negotiating', 'negotiat']);
  assert.deepEqual(highlightTerms(['parties']), ['parties', 'party']);
  assert.deepEqual(highlightTerms(['bus', 'gas']), ['bus', 'gas']);
  assert.deepEqual(highlightTerms(['', ' ']), []);
});
