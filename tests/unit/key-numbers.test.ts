import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstFigure, isDate, isSmallValue } from '../../src/lib/key-numbers.ts';

test('years and values naming a month are dates; figures are not', () => {
  for (const v of ['1979', '1 May 2021', 'about 1 May 2021', '22 February 2021']) assert.equal(isDate(v), true, v);
  for (const v of ['8,600', '2,500', 'nearly 3,000', '14 months', '7 days', '5,000 / 1,000', 'up 45%', '21']) assert.equal(isDate(v), false, v);
});

test('a date or a long phrase is set smaller; a short figure at display size', () => {
  assert.equal(isSmallValue('1979'), true);
  assert.equal(isSmallValue('just under 10,000'), true);
  assert.equal(isSmallValue('8,600'), false);
});

test('the home page takes a chapter’s first figure, skipping dates, and falls back to the first', () => {
  assert.equal(firstFigure([{ value: '1979' }, { value: 'nearly 3,000' }])?.value, 'nearly 3,000');
  assert.equal(firstFigure([{ value: '1 May 2021' }, { value: '2,500' }])?.value, '2,500');
  assert.equal(firstFigure([{ value: '1979' }])?.value, '1979');
});
