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

// Afghan dates: Solar Hijri with the Afghan month names, the Gregorian beside it, Extended Arabic-Indic digits.

test('Dari and Pashto dates are Solar Hijri beside the Gregorian, checked against known pairs', () => {
  const fa = formatter('fa-AF');
  const ps = formatter('ps');
  assert.equal(fa.date(d('2020-02-29', 'day')), '۱۰ حوت ۱۳۹۸ (۲۹ فبروری ۲۰۲۰)');
  assert.equal(fa.date(d('2020-09-12', 'day')), '۲۲ سنبله ۱۳۹۹ (۱۲ سپتامبر ۲۰۲۰)');
  assert.equal(fa.date(d('2021-03-01', 'day')), '۱۱ حوت ۱۳۹۹ (۱ مارچ ۲۰۲۱)');
  assert.equal(fa.date(d('2021-08-15', 'day')), '۲۴ اسد ۱۴۰۰ (۱۵ اگست ۲۰۲۱)');
  assert.equal(ps.date(d('2020-02-29', 'day')), '۱۰ کب ۱۳۹۸ (۲۹ فبروري ۲۰۲۰)');
  assert.equal(ps.date(d('2020-09-12', 'day')), '۲۲ وږی ۱۳۹۹ (۱۲ سپتمبر ۲۰۲۰)');
  assert.equal(ps.date(d('2021-03-01', 'day')), '۱۱ کب ۱۳۹۹ (۱ مارچ ۲۰۲۱)');
  assert.equal(ps.date(d('2021-08-15', 'day')), '۲۴ زمری ۱۴۰۰ (۱۵ اګست ۲۰۲۱)');
  // No Latin era, no year first (ICU's ps pattern is "AP ۱۳۹۸ کب ۱۰").
  assert.doesNotMatch(ps.date(d('2020-02-29', 'day')), /[A-Za-z0-9]/);
});

test('an Afghan month or year that spans two Solar Hijri ones says so', () => {
  const fa = formatter('fa-AF');
  const ps = formatter('ps-AF');
  assert.equal(fa.date(d('2020-02', 'month')), 'دلو–حوت ۱۳۹۸ (فبروری ۲۰۲۰)');
  assert.equal(fa.date(d('2021-03', 'month')), 'حوت ۱۳۹۹ – حمل ۱۴۰۰ (مارچ ۲۰۲۱)');
  assert.equal(fa.date(d('2020', 'year')), '۱۳۹۸–۱۳۹۹ (۲۰۲۰)');
  assert.equal(ps.date(d('2021-08', 'month')), 'زمری–وږی ۱۴۰۰ (اګست ۲۰۲۱)');
  assert.equal(fa.dateShort(d('2020-02-29', 'day')), '۱۰ حوت ۱۳۹۸');
  assert.equal(fa.period(d('1979', 'year'), d('2018', 'year')), '۱۳۵۷–۱۳۹۷ (۱۹۷۹–۲۰۱۸)');
  assert.equal(fa.number(8600), '۸٬۶۰۰');
});

test('prose digits follow the edition: Latin in English, Extended Arabic-Indic in Dari and Pashto', () => {
  assert.equal(en.digits('8,600 in 2020'), '8,600 in 2020');
  assert.equal(formatter('fa-AF').digits('8,600 سرباز در 2020، 12.5 و 40%'), '۸٬۶۰۰ سرباز در ۲۰۲۰، ۱۲٫۵ و ۴۰%');
  assert.equal(formatter('ps').digits('5,000 / 1,000'), '۵٬۰۰۰ / ۱٬۰۰۰');
});
