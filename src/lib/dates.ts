/**
 * Dates in this explainer are often known only to the month or the year ("April 1992", "1994").
 * A PartialDate keeps the ISO text ("1992-04") so that the precision is never overstated,
 * and ISO text also sorts correctly as a plain string. Readers see them through the edition's
 * formatter (src/i18n/format.ts).
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  iso: string;
  precision: Precision;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns an error message for anything else, including 2020-02-30. */
export function parsePartialDate(text: string): PartialDate | string {
  const match = ISO_PARTIAL.exec(text.trim());
  if (!match) return `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY`;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { iso: y!, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return `"${text}" has no month ${m}`;
  if (d === undefined) return { iso: `${y}-${m}`, precision: 'month' };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${text}" is not a real date: ${MONTHS[month - 1]} ${year} has ${daysInMonth} days`;
  return { iso: `${y}-${m}-${d}`, precision: 'day' };
}

/** YAML turns unquoted 2020-02-29 into a Date and 1994 into a number; bring both back to ISO text. */
export function toIsoText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

/** Orders partial dates chronologically; "1992" sorts before "1992-04". */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

/** The year, for grouping. */
export function yearOf(date: PartialDate): number {
  return Number(date.iso.slice(0, 4));
}
