/**
 * The browser-side strings table of the page's edition, from its <html lang>. Each script passes only the
 * tables it needs (src/i18n/<edition>/), so only those strings travel to the browser.
 */
import { withEditionDigits } from '../lib/digits.ts';
import { EDITIONS } from '../site.ts';

export function editionStrings<T>(tables: Record<string, T>, fallback: T): T {
  const lang = document.documentElement.lang;
  const table = tables[EDITIONS.find((e) => e.lang === lang)?.id ?? ''];
  // Numbers in the edition's digits, as on the pages (src/lib/digits.ts).
  return table ? withEditionDigits(table, lang) : fallback;
}
