import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareDates, datesOutOfRange, EARLIEST_YEAR, parsePartialDate, toIsoText, yearOf, type PartialDate } from '../../src/lib/dates.ts';

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

test('counts the days of months in years before 100 as in any other year', () => {
  assert.deepEqual(parsePartialDate('0000-02-29'), { iso: '0000-02-29', precision: 'day' });
  assert.match(parsePartialDate('0001-02-29') as string, /February 1 has 28 days/);
});

test('a date before 1900 or after the postscript is named with its file, entry and field', () => {
  const latest = { date: d('2026-12-01'), setIn: 'postscriptWritten in content/chapters/outlook.mdx' };
  const events = [
    { id: 'zero', filePath: 'content/events.yaml', data: { date: d('0000') } },
    { id: 'old', filePath: 'content/events.yaml', data: { date: d('1850-03-01') } },
    { id: 'edge', filePath: 'content/events.yaml', data: { date: d(String(EARLIEST_YEAR)) } },
    { id: 'future', filePath: 'content/events.yaml', data: { date: d('2030-01-01') } },
    // A partial date counts from its first day: December 2026 starts on the postscript's day.
    { id: 'same-month', filePath: 'content/events.yaml', data: { date: d('2026-12') } },
    { id: 'next-year', filePath: 'content/events.yaml', data: { date: d('2027') } },
  ];
  const chapters = [{ id: 'outlook', filePath: 'content/chapters/outlook.mdx', data: { period: { start: d('2021-03'), end: d('2026-12-02') }, postscriptWritten: d('2026-12-01') } }];
  assert.deepEqual(datesOutOfRange({ events, chapters }, latest), [
    'content/events.yaml → entry "zero", field "date": 0000 is before 1900, the earliest date the content may give: check the year',
    'content/events.yaml → entry "old", field "date": 1850-03-01 is before 1900, the earliest date the content may give: check the year',
    'content/events.yaml → entry "future", field "date": 2030-01-01 is after the postscript\'s date (2026-12-01, postscriptWritten in content/chapters/outlook.mdx): nothing in the content can be dated later than the postscript. Check the date, or bring the postscript up to date first',
    'content/events.yaml → entry "next-year", field "date": 2027 is after the postscript\'s date (2026-12-01, postscriptWritten in content/chapters/outlook.mdx): nothing in the content can be dated later than the postscript. Check the date, or bring the postscript up to date first',
    'content/chapters/outlook.mdx → entry "outlook", field "period.end": 2026-12-02 is after the postscript\'s date (2026-12-01, postscriptWritten in content/chapters/outlook.mdx): nothing in the content can be dated later than the postscript. Check the date, or bring the postscript up to date first',
  ]);
  // Without a postscript, only the earliest year is checked.
  assert.equal(datesOutOfRange({ events }, undefined).length, 2);
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
