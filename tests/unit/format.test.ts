import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatter } from '../../src/i18n/format.ts';
import type { PartialDate } from '../../src/lib/dates.ts';

const d = (iso: string, precision: PartialDate['precision']): PartialDate => ({ iso, precision });
const en = formatter('en-GB');

test('a date is written only as precisely as it is known', () => {
  assert.equal(en.date(d('2020-02-29', 'day')), '29 February 2020');
  assert.equal(en.date(d('1992-04', 'month')), 'April 1992');
  assert.equal(en.date(d('1994', 'year')), '1994');
  assert.equal(en.dateShort(d('2020-09-12', 'day')), '12 Sept 2020');
  assert.equal(en.dateShort(d('1992-04', 'month')), 'Apr 1992');
});

test('dates never move with the time zone: the first and last day of a year stay in it', () => {
  assert.equal(en.date(d('2021-01-01', 'day')), '1 January 2021');
  assert.equal(en.date(d('2020-12-31', 'day')), '31 December 2020');
});

test('a span is as short as its ends allow', () => {
  assert.equal(en.period(d('1979', 'year'), d('2018', 'year')), '1979–2018');
  assert.equal(en.period(d('2018-09', 'month'), d('2020-02-29', 'day')), 'September 2018 – 29 February 2020');
});

test('numbers and names follow the language', () => {
  assert.equal(en.number(8600), '8,600');
  assert.ok(en.compare('abdullah', 'Zalmay') < 0);
  assert.equal(en.compare('Ghani', 'ghani'), 0);
  // A Dari edition gets its own digits and month names from the same code.
  const fa = formatter('fa-AF');
  assert.match(fa.number(2020), /^[۰-۹٬,]+$/);
  assert.notEqual(fa.date(d('2020-02-29', 'day')), en.date(d('2020-02-29', 'day')));
});

test('lists are joined in the language’s words', () => {
  assert.equal(en.list(['US–Taliban agreement']), 'US–Taliban agreement');
  assert.equal(en.list(['US–Taliban agreement', 'US–Afghan joint declaration']), 'US–Taliban agreement and US–Afghan joint declaration');
  assert.equal(en.list(['a', 'b', 'c']), 'a, b and c');
});
