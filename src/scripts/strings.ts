/**
 * The browser-side strings of the page's edition, from its <html lang>. English is bundled with each
 * script; another edition's strings (src/i18n/<edition>/browser.ts) are a module of their own
 * (src/scripts/editions/<edition>.ts), fetched only on that edition's pages, so a page never downloads
 * the other editions' wording. In an edition with Extended Arabic-Indic digits the numbers its functions
 * write are converted, as the build converts the pages' (the same withEditionDigits).
 */
import { withEditionDigits } from '../lib/digits.ts';
import { EDITIONS } from '../site.ts';
import fa from './editions/fa.ts?worker&url';
import ps from './editions/ps.ts?worker&url';
import { stringsKey } from './strings-key.ts';

export type BrowserStrings = typeof import('../i18n/en/browser.ts');

/**
 * Stand-alone modules, as for the search dialog itself: the scripts that use these strings are built
 * that way too, and such a build drops the chunks of a plain dynamic import.
 */
const MODULES: Record<string, string> = { fa, ps };

/** One part (`searchResults`, `offlineSave`, `updatePrompt`) of the page's edition's strings. */
export async function editionStrings<K extends keyof BrowserStrings>(part: K, english: BrowserStrings[K]): Promise<BrowserStrings[K]> {
  const lang = document.documentElement.lang;
  const id = EDITIONS.find((e) => e.lang === lang)?.id ?? '';
  const module = MODULES[id];
  if (!module) return english;
  await import(/* @vite-ignore */ module);
  const strings = (globalThis as unknown as Record<symbol, BrowserStrings>)[stringsKey(id)]!;
  return withEditionDigits(strings[part], lang);
}
