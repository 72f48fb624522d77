import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fractionalYear, linearScale, niceTicks } from '../../src/lib/chart/scale.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;
const close = (actual: number, expected: number, what = '') => assert.ok(Math.abs(actual - expected) < 1e-9, `${what} ${actual} ≠ ${expected}`);

test('a year-only date sits mid-year, a month mid-month, a day on the day', () => {
  close(fractionalYear(d('2011')), 2011.5);
  // February 2020 has 29 days: its middle is 31 + 14.5 days into a 366-day year.
  close(fractionalYear(d('2020-02')), 2020 + 45.5 / 366);
  close(fractionalYear(d('2021-12')), 2021 + (334 + 15.5) / 365);
  close(fractionalYear(d('2020-01-01')), 2020);
  close(fractionalYear(d('2021-08-30')), 2021 + 241 / 365);
  assert.ok(fractionalYear(d('2020-02-29')) < fractionalYear(d('2020-07-13')));
});

test('a linear scale maps the domain onto the range, also upside down', () => {
  const x = linearScale([2001, 2022], [50, 260]);
  assert.equal(x(2001), 50);
  assert.equal(x(2022), 260);
  assert.equal(x(2011.5), 155);
  const y = linearScale([0, 120000], [400, 20]);
  assert.equal(y(0), 400);
  assert.equal(y(120000), 20);
  assert.equal(y(60000), 210);
  assert.equal(linearScale([5, 5], [0, 10])(5), 0);
});

test('nice ticks are round, evenly spaced and cover the data', () => {
  assert.deepEqual(niceTicks(0, 101000, 6), [0, 20000, 40000, 60000, 80000, 100000, 120000]);
  assert.deepEqual(niceTicks(0, 101000, 3), [0, 50000, 100000, 150000]);
  assert.deepEqual(niceTicks(0, 9, 4), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(niceTicks(0, 0.7, 7), [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  assert.deepEqual(niceTicks(3, 3, 5), [3]);
  for (const [max, count] of [[101000, 6], [7, 5], [13100, 4], [999, 10]] as const) {
    const ticks = niceTicks(0, max, count);
    assert.ok(ticks.at(-1)! >= max, `covers ${max}`);
    const step = ticks[1]! - ticks[0]!;
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    assert.ok([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9), `step ${step}`);
  }
});
