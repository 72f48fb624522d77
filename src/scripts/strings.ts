/**
 * The browser-side strings table of the page's edition, from its <html lang>. Each script passes only the
 * tables it needs (src/i18n/<edition>/), so only those strings travel to the browser. In an edition with
 * Extended Arabic-Indic digits (the <html lang> is Dari or Pashto) the numbers its functions write are
 * converted, as the build converts the pages' (src/lib/digits.ts, withEditionDigits; kept small here: the
 * browser's strings hold no addresses, and its numbers are counts, sizes and percentages).
 */
import { EDITIONS } from '../site.ts';

const persian = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/(\d)([,.])(?=\d)/g, (_, d: string, sep: string) => d + (sep === ',' ? '٬' : '٫')).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)
  : Array.isArray(value) ? value.map(persian)
  : value;

function inDigits<T>(table: T): T {
  const wrap = (value: unknown): unknown =>
    typeof value === 'function' ? (...args: unknown[]) => persian((value as (...a: unknown[]) => unknown)(...args))
    : typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]))
    : persian(value);
  return wrap(table) as T;
}

export function editionStrings<T>(tables: Record<string, T>, fallback: T): T {
  const lang = document.documentElement.lang;
  const table = tables[EDITIONS.find((e) => e.lang === lang)?.id ?? ''];
  if (!table) return fallback;
  return /^(fa|ps)\b/i.test(lang) ? inDigits(table) : table;
}
