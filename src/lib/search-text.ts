/**
 * The text rules search shares between the build (the vocabulary, src/lib/search-vocabulary.ts) and the
 * browser (the query): one normaliser and one way of cutting text into words, so that a word typed into
 * the dialog is compared with the site's words exactly as they were counted.
 */

/** Longest query kept: a sentence or two. Longer input is cut at a word boundary. */
export const QUERY_MAX_LENGTH = 100;

// Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E-F, U+202A-E, U+2066-9), the
// byte-order mark, and every C0/C1 control (NUL included): invisible, and never part of a word the
// site contains.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The digits numbers are written with in an edition's text: ASCII, or Persian (Extended Arabic-Indic). */
export type DigitForm = 'latin' | 'persian';

/** The language whose letters a query is folded to: Pashto keeps its own ي (U+064A), a letter of its alphabet. */
export type ScriptLanguage = 'fa' | 'ps';

/**
 * Dari and Pashto typed on an Arabic keyboard: Arabic yeh (and alef maksura) and kaf become the Persian
 * letters the Afghan editions are written in (in Pashto, ي stays: it is a Pashto letter, and only alef
 * maksura becomes ی), teh marbuta and the other heh forms (ۀ ھ ہ ە) become heh (ه), as the content writes
 * them; tatweel (a stretching stroke) and Arabic vowel marks go; and ASCII, Persian (U+06F0-9) and
 * Arabic-Indic (U+0660-9) digits all become the one form the edition's numbers are written in (ASCII unless
 * told). Pagefind folds none of the letters and digits (measured: Arabic kaf or yeh finds nothing against
 * Persian text, and 2020 does not find ۲۰۲۰); the zero-width non-joiner inside a word it drops itself, and
 * so does searchWords, so "می‌شود" and "میشود" find the same pages.
 */
export function foldArabicScript(text: string, digits: DigitForm = 'latin', language: ScriptLanguage = 'fa'): string {
  const zero = digits === 'latin' ? 0x30 : 0x06f0;
  return text
    .replace(language === 'ps' ? /\u0649/g : /[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u0629\u06C0\u06BE\u06C1\u06D5]/g, '\u0647')
    .replace(/[\u0640\u064B-\u0652\u0670]/g, '')
    .replace(/[0-9\u0660-\u0669\u06F0-\u06F9]/g, (d) => String.fromCharCode(zero + digitValue(d.charCodeAt(0))));
}

/**
 * A word as Pashto search matches it: its yeh letters as one. Pashto writes ي for a final /i/ (غني،
 * حقاني), ی elsewhere, and ې and ۍ for its own vowels (خبرې، مشرۍ); a reader on a Persian keyboard types ی
 * for all four, one on an Arabic keyboard ي. The key is only for looking a word up (yehSpellings in
 * src/lib/search-vocabulary.ts): the query is searched with the letters the site writes. ئ, which Persian
 * keyboards have, stays.
 */
export const yehKey = (word: string): string => word.replace(/[\u064A\u06D0\u06CD]/g, '\u06CC');

/** How an edition's queries are folded: its digits, and its language's letters. */
export function queryFormOf(lang: string): { digits: DigitForm; language: ScriptLanguage } {
  const primary = lang.toLowerCase().split('-')[0];
  return { digits: primary === 'fa' || primary === 'ps' ? 'persian' : 'latin', language: primary === 'ps' ? 'ps' : 'fa' };
}

/** 0 to 9, from an ASCII, Arabic-Indic or Persian digit's code. */
const digitValue = (code: number) => (code <= 0x39 ? code - 0x30 : code <= 0x0669 ? code - 0x0660 : code - 0x06f0);

/**
 * A query as it is searched: NFKC (full-width letters, ligatures and compatibility forms become the
 * ordinary ones), invisible controls removed, Arabic-script letters and digits folded (digits to `digits`), whitespace
 * collapsed, and at most `max` characters, cut at the last whole word.
 */
export function normaliseQuery(raw: string, max = QUERY_MAX_LENGTH, digits: DigitForm = 'latin', language: ScriptLanguage = 'fa'): string {
  const text = foldArabicScript(raw.normalize('NFKC').replace(INVISIBLE, ''), digits, language)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

/**
 * The words of a text, as search compares them: letters (with their marks) and digits, lower-cased;
 * digit groups keep together ("2,500" is "2500" and "۲٬۵۰۰" is "۲۵۰۰", as Pagefind indexes them). Apostrophes, hyphens and
 * other punctuation split words ("Taliban's" gives "taliban" and "s"). A zero-width non-joiner inside a
 * word is dropped, as Pagefind drops it when it indexes: "توافق‌نامه" is the one word "توافقنامه", so a
 * reader who types it with or without the non-joiner finds the same pages.
 */
export function searchWords(text: string): string[] {
  return displayWords(text).map(searchWord);
}

/** One word as search compares it (see searchWords). */
export const searchWord = (word: string): string => word.replace(/\u200C/g, '').toLowerCase();

/** The same words with their case (and non-joiners) kept, for showing a suggestion as the site writes it ("Khalilzad"). */
export function displayWords(text: string): string[] {
  return text.normalize('NFKC').replace(/(\p{Nd})[,.\u066B\u066C](?=\p{Nd})/gu, '$1').match(/[\p{L}\p{M}\p{N}]+(?:\u200C[\p{L}\p{M}\p{N}]+)*/gu) ?? [];
}
