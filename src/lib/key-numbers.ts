/**
 * Key numbers that are not numbers. A chapter's key figures include dates ("1979", "1 May 2021"); set at
 * display size they wrapped and made ragged cards, and the home page, which shows one figure per chapter,
 * led with "1979". A date is set smaller, as a long phrase is, and the home page takes each chapter's first
 * real figure.
 */
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A year on its own ("1979") or a value naming a month ("about 1 May 2021"). */
export function isDate(value: string): boolean {
  return /^(c\. |about )?\d{4}$/.test(value.trim()) || MONTHS.test(value);
}

/** Past this length a value is a phrase ("just under 10,000"), set smaller than a figure. */
const LONG = 10;

/** Set smaller than a figure: a date, or a long phrase. */
export function isSmallValue(value: string): boolean {
  return value.length > LONG || isDate(value);
}

/** The first key number that is a figure, not a date; the first one if all are dates. */
export function firstFigure<T extends { value: string }>(numbers: readonly T[]): T | undefined {
  return numbers.find((n) => !isDate(n.value)) ?? numbers[0];
}
