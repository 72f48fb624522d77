/**
 * From data to the page: dates as fractional years, linear scales and round axis ticks. Ticks are
 * numbers; the chart writes them with the edition's number formatter (src/i18n/format.ts), never here.
 */
import type { PartialDate } from '../dates.ts';

/**
 * A date as a fractional year, placed in the middle of the span it stands for: a year-only date is
 * mid-year and a month is mid-month, so that neither is drawn as more precise than it is; a day is exact.
 */
export function fractionalYear(date: PartialDate): number {
  const [y, m = 1, d = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const at =
    date.precision === 'year' ? (start + end) / 2
    : date.precision === 'month' ? (Date.UTC(y, m - 1, 1) + Date.UTC(y, m, 1)) / 2
    : Date.UTC(y, m - 1, d);
  return y + (at - start) / (end - start);
}

/** Maps [d0, d1] linearly onto [r0, r1]; r0 > r1 gives the usual upward y axis. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * About `count` evenly spaced round ticks (steps of 1, 2 or 5 × 10ⁿ) from a round number at or below
 * `min` to one at or above `max`, so the axis always covers the data.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (max <= min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  // The thresholds are the geometric means of 1–2, 2–5 and 5–10: the step nearest the raw one wins.
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  // Rounded to the step's decimals, so 3 × 0.1 is 0.3 and not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toFixed(decimals)));
}

