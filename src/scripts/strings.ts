/**
 * The browser-side strings table of the page's edition, from its <html lang>. Each script passes only the
 * tables it needs (src/i18n/<edition>/), so only those strings travel to the browser.
 */
import { EDITIONS } from '../site.ts';

export function editionStrings<T>(tables: Record<string, T>, fallback: T): T {
  const lang = document.documentElement.lang;
  return tables[EDITIONS.find((e) => e.lang === lang)?.id ?? ''] ?? fallback;
}
