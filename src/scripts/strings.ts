/**
 * The browser-side strings of the page's edition, from its <html lang>. English is bundled with the script;
 * another edition's strings are a chunk of their own (src/i18n/<edition>/browser.ts), fetched only on that
 * edition's pages, so a page never downloads the other editions' wording. In an edition with Extended
 * Arabic-Indic digits the numbers its functions write are converted, as the build converts the pages' (the
 * same withEditionDigits).
 */
import { withEditionDigits } from '../lib/digits.ts';
import { EDITIONS } from '../site.ts';

export type BrowserStrings = typeof import('../i18n/en/browser.ts');

const loaders: Record<string, () => Promise<BrowserStrings>> = {
  fa: () => import('../i18n/fa/browser.ts'),
  ps: () => import('../i18n/ps/browser.ts'),
};

/** One part (`searchResults`, `offlineSave`, `updatePrompt`) of the page's edition's strings. */
export async function editionStrings<K extends keyof BrowserStrings>(part: K, english: BrowserStrings[K]): Promise<BrowserStrings[K]> {
  const lang = document.documentElement.lang;
  const load = loaders[EDITIONS.find((e) => e.lang === lang)?.id ?? ''];
  return load ? withEditionDigits((await load())[part], lang) : english;
}
