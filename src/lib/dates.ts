/**
 * Dates in this explainer are often known only to the month or the year ("April 1992", "1994").
 * A PartialDate keeps the ISO text ("1992-04") so that the precision is never overstated,
 * and ISO text also sorts correctly as a plain string. Readers see them through the edition's
 * formatter (src/i18n/format.ts).
 */
import { fieldPlace, findFields, type CheckedEntry } from './fields.ts';

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
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  const daysInMonth = new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `"${text}" is not a real date: ${MONTHS[month - 1]} ${year} has ${daysInMonth} days`;
  return { iso: `${y}-${m}-${d}`, precision: 'day' };
}

/**
 * The earliest year a date in the content may have. The story starts in 1979; 1900 leaves room for
 * history while catching slips such as 0000 or 1850.
 */
export const EARLIEST_YEAR = 1900;

/** The latest date the content may give, and where it is set, for messages. */
export interface LatestDate {
  date: PartialDate;
  /** e.g. "postscriptWritten in content/chapters/outlook.mdx" */
  setIn: string;
}

/**
 * Why a date is out of range, or undefined. A partial date counts from its first day: "2026-12" is not
 * after 1 December 2026.
 */
function rangeProblem(date: PartialDate, latest: LatestDate | undefined): string | undefined {
  if (yearOf(date) < EARLIEST_YEAR) return `${date.iso} is before ${EARLIEST_YEAR}, the earliest date the content may give: check the year`;
  if (latest && date.iso > latest.date.iso.slice(0, date.iso.length)) {
    return `${date.iso} is after the postscript's date (${latest.date.iso}, ${latest.setIn}): nothing in the content can be dated later than the postscript. Check the date, or bring the postscript up to date first`;
  }
  return undefined;
}

function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'object' || value === null) return false;
  const { iso, precision } = value as Partial<PartialDate>;
  return Object.keys(value).length === 2 && typeof iso === 'string' && (precision === 'year' || precision === 'month' || precision === 'day');
}

/** One message per date of any entry, in any field, that lies before EARLIEST_YEAR or after `latest`. */
export function datesOutOfRange(collections: Record<string, readonly CheckedEntry[]>, latest: LatestDate | undefined): string[] {
  return Object.entries(collections).flatMap(([name, entries]) =>
    entries.flatMap((entry) =>
      findFields(entry.data, isPartialDate).flatMap(({ field, value }) => {
        const problem = rangeProblem(value, latest);
        return problem ? [`${fieldPlace(entry, name, field)}: ${problem}`] : [];
      }),
    ),
  );
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
