import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareDates, parsePartialDate, toIsoText, yearOf, type PartialDate } from '../../src/lib/dates.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;

test('parses each precision', () => {
  assert.deepEqual(parsePartialDate('1994'), { iso: '1994', precision: 'year' });
  assert.deepEqual(parsePartialDate('1992-04'), { iso: '1992-04', precision: 'month' });
  assert.deepEqual(parsePartialDate('2020-02-29'), { iso: '2020-02-29', precision: 'day' });
});

test('rejects impossible and malformed dates with a reason', () => {
  assert.match(parsePartialDate('2020-02-30') as string, /February 2020 has 29 days/);
  assert.match(parsePartialDate('2021-02-29') as string, /February 2021 has 28 days/);
  assert.match(parsePartialDate('2020-13') as string, /no month 13/);
  assert.match(parsePartialDate('29 Feb 2020') as string, /YYYY-MM-DD/);
  assert.match(parsePartialDate('') as string, /not a date/);
});

test('brings YAML dates and numbers back to ISO text', () => {
  assert.equal(toIsoText(new Date(Date.UTC(2020, 1, 29))), '2020-02-29');
  assert.equal(toIsoText(1994), '1994');
  assert.equal(toIsoText('2001-10'), '2001-10');
});

test('orders mixed precisions chronologically', () => {
  const sorted = ['2001-10-07', '1994', '2001', '1992-04'].map(d).sort(compareDates).map((x) => x.iso);
  assert.deepEqual(sorted, ['1992-04', '1994', '2001', '2001-10-07']);
  assert.equal(yearOf(d('2021-08-30')), 2021);
});
