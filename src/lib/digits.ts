/**
 * The digits an edition writes numbers in. Translations are written with Latin digits (so the build can
 * compare their numbers with the English, src/lib/translation-check.ts); Dari and Pashto readers see
 * Extended Arabic-Indic digits (۰–۹), converted when the page is made. Safe in the browser.
 */

/** The digit system of a language: Extended Arabic-Indic for Dari and Pashto, Latin otherwise. */
export function digitsOf(lang: string): 'arabext' | 'latn' {
  return /^(fa|ps)(-|$)/i.test(lang) ? 'arabext' : 'latn';
}

const ARABEXT = '۰۱۲۳۴۵۶۷۸۹';

/**
 * Prose with its Latin digits in the language's digits: "8,600 در 2020" → "۸٬۶۰۰ در ۲۰۲۰". A comma or
 * point between digits becomes the Arabic thousands separator (٬) or decimal separator (٫). Only for text
 * a reader reads: never URLs, ids, code or footnote labels (src/markdown/edition-digits.ts skips them).
 */
export function editionDigits(text: string, lang: string): string {
  if (digitsOf(lang) === 'latn' || !/\d/.test(text)) return text;
  return text
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1٬')
    .replace(/(\d)\.(?=\d)/g, '$1٫')
    .replace(/[0-9]/g, (d) => ARABEXT[Number(d)]!);
}
