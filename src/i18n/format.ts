/**
 * Dates, numbers and sorting in an edition's language, through Intl: one formatter per language, so a
 * Dari or Pashto edition gets its own month names, digits and collation without new code.
 */
import type { PartialDate } from '../lib/dates.ts';
import { editionDigits } from '../lib/digits.ts';
import { afghanLanguage, GREGORIAN_MONTHS, lastDay, SOLAR_MONTHS, toSolarHijri, type AfghanLanguage } from '../lib/solar-hijri.ts';

export interface Formatter {
  /** "29 February 2020", "April 1992" or "1994": only as precise as the date is known. */
  date(date: PartialDate): string;
  /** The short form for tight spaces: "29 Feb 2020", "Apr 1992", "1994". */
  dateShort(date: PartialDate): string;
  /** "1979–2018", "February 2020 – January 2021": the shortest honest description of a span. */
  period(start: PartialDate, end: PartialDate): string;
  /** "8,600". */
  number(n: number): string;
  /** Prose with Latin digits in the edition's digits ("2020" → "۲۰۲۰" in Dari and Pashto); unchanged in English. */
  digits(text: string): string;
  /** Alphabetical order for names, ignoring case and accents. */
  compare(a: string, b: string): number;
  /** "A and B", "A, B and C", in the language's own words. */
  list(items: readonly string[]): string;
}

type Style = 'long' | 'short';

export function formatter(lang: string): Formatter {
  const afghan = afghanLanguage(lang);
  if (afghan) return afghanFormatter(lang, afghan);
  // Dates are calendar days, never instants: format them in UTC so no time zone moves them.
  const make = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options });
  const formats = {
    long: { day: make({ day: 'numeric', month: 'long', year: 'numeric' }), month: make({ month: 'long', year: 'numeric' }) },
    short: { day: make({ day: 'numeric', month: 'short', year: 'numeric' }), month: make({ month: 'short', year: 'numeric' }) },
  };
  const year = make({ year: 'numeric' });
  const numbers = new Intl.NumberFormat(lang);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });

  const format = (date: PartialDate, style: Style) => {
    const [y, m = 1, d = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
    const at = new Date(Date.UTC(y, m - 1, d));
    if (date.precision === 'year') return year.format(at);
    return formats[style][date.precision].format(at);
  };

  return {
    date: (date) => format(date, 'long'),
    dateShort: (date) => format(date, 'short'),
    period: (start, end) =>
      start.precision === 'year' && end.precision === 'year'
        ? `${year.format(new Date(Date.UTC(Number(start.iso), 0, 1)))}–${year.format(new Date(Date.UTC(Number(end.iso), 0, 1)))}`
        : `${format(start, 'long')} – ${format(end, 'long')}`,
    number: (n) => numbers.format(n),
    digits: (text) => text,
    compare: (a, b) => collator.compare(a, b),
    list: (items) => lists.format(items),
  };
}

/**
 * Dari and Pashto: the Solar Hijri date with the Afghan month names, and the Gregorian date beside it in
 * brackets, "۱۰ حوت ۱۳۹۸ (۲۹ فبروری ۲۰۲۰)", in Extended Arabic-Indic digits. A Gregorian month or year
 * that spans two Solar Hijri months or years names both ("دلو–حوت ۱۳۹۸ (فبروری ۲۰۲۰)", "۱۳۹۸–۱۳۹۹ (۲۰۲۰)").
 * The short form, for tight spaces, gives the Solar Hijri date alone.
 */
function afghanFormatter(lang: string, language: AfghanLanguage): Formatter {
  const solarMonth = (m: number) => SOLAR_MONTHS[language][m - 1]!;
  const gregorianMonth = (m: number) => GREGORIAN_MONTHS[language][m - 1]!;
  const digits = (text: string) => editionDigits(text, lang);
  const numbers = new Intl.NumberFormat(lang, { numberingSystem: 'arabext' });
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const parts = (date: PartialDate) => date.iso.split('-').map(Number) as [number, number?, number?];

  /** The Solar Hijri side: a day, the month or months a Gregorian month spans, the year or years a Gregorian year spans. */
  const solar = (date: PartialDate): string => {
    const [y, m, d] = parts(date);
    if (date.precision === 'day') {
      const s = toSolarHijri(y, m!, d!);
      return `${s.day} ${solarMonth(s.month)} ${s.year}`;
    }
    if (date.precision === 'month') {
      const a = toSolarHijri(y, m!, 1);
      const b = toSolarHijri(y, m!, lastDay(y, m!));
      if (a.year !== b.year) return `${solarMonth(a.month)} ${a.year} – ${solarMonth(b.month)} ${b.year}`;
      return a.month === b.month ? `${solarMonth(a.month)} ${a.year}` : `${solarMonth(a.month)}–${solarMonth(b.month)} ${a.year}`;
    }
    const a = toSolarHijri(y, 1, 1).year;
    const b = toSolarHijri(y, 12, 31).year;
    return a === b ? `${a}` : `${a}–${b}`;
  };
  const gregorian = (date: PartialDate): string => {
    const [y, m, d] = parts(date);
    if (date.precision === 'day') return `${d} ${gregorianMonth(m!)} ${y}`;
    if (date.precision === 'month') return `${gregorianMonth(m!)} ${y}`;
    return `${y}`;
  };
  // Remembered by date: a large explainer's timeline and chapter pages name the same dates thousands of
  // times, and each Solar Hijri date is worked out through Intl.
  const longForms = new Map<string, string>();
  const long = (date: PartialDate) => {
    const key = `${date.iso}|${date.precision}`;
    let form = longForms.get(key);
    if (form === undefined) longForms.set(key, (form = digits(`${solar(date)} (${gregorian(date)})`)));
    return form;
  };

  return {
    date: long,
    dateShort: (date) => digits(solar(date)),
    period: (start, end) => {
      if (start.precision === 'year' && end.precision === 'year') {
        const a = toSolarHijri(Number(start.iso), 1, 1).year;
        const b = toSolarHijri(Number(end.iso), 12, 31).year;
        return digits(`${a}–${b} (${start.iso}–${end.iso})`);
      }
      return `${long(start)} – ${long(end)}`;
    },
    number: (n) => numbers.format(n),
    digits,
    compare: (a, b) => collator.compare(a, b),
    list: (items) => lists.format(items),
  };
}
