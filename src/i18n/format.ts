/**
 * Dates, numbers and sorting in an edition's language, through Intl: one formatter per language, so a
 * Dari or Pashto edition gets its own month names, digits and collation without new code.
 */
import type { PartialDate } from '../lib/dates.ts';

export interface Formatter {
  /** "29 February 2020", "April 1992" or "1994": only as precise as the date is known. */
  date(date: PartialDate): string;
  /** The short form for tight spaces: "29 Feb 2020", "Apr 1992", "1994". */
  dateShort(date: PartialDate): string;
  /** "1979–2018", "February 2020 – January 2021": the shortest honest description of a span. */
  period(start: PartialDate, end: PartialDate): string;
  /** "8,600". */
  number(n: number): string;
  /** Alphabetical order for names, ignoring case and accents. */
  compare(a: string, b: string): number;
  /** "A and B", "A, B and C", in the language's own words. */
  list(items: readonly string[]): string;
}

type Style = 'long' | 'short';

export function formatter(lang: string): Formatter {
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
    compare: (a, b) => collator.compare(a, b),
    list: (items) => lists.format(items),
  };
}
