/**
 * The browser-side strings table of the page's edition, from its <html lang>. Each script passes only the
 * tables it needs (src/i18n/<edition>/), so only those strings travel to the browser. In an edition with
 * Extended Arabic-Indic digits the numbers its functions write are converted, as the build converts the
 * pages' (the same withEditionDigits).
 */
import { withEditionDigits } from '../lib/digits.ts';
import { EDITIONS } from '../site.ts';

export function editionStrings<T>(tables: Record<string, T>, fallback: T): T {
  const lang = document.documentElement.lang;
  const table = tables[EDITIONS.find((e) => e.lang === lang)?.id ?? ''];
  return table ? withEditionDigits(table, lang) : fallback;
}
