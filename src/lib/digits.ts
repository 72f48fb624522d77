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
  // Names written in Latin letters keep their digits: "AC360", "bdnews24.com", the licence "CC BY 4.0".
  return text
    .split(LATIN_NAME)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(\d),(?=\d{3}(?!\d))/g, '$1٬')
            .replace(/(\d)\.(?=\d)/g, '$1٫')
            .replace(/[0-9]/g, (d) => ARABEXT[Number(d)]!),
    )
    .join('');
}

/** A word of Latin letters and digits together, or a Creative Commons licence with its version. */
const LATIN_NAME = /(CC BY(?:-[A-Z]+)* \d(?:\.\d)?|\b[A-Za-z][\w.-]*\d[\w.-]*|\b\d+[A-Za-z][\w.-]*)/;

/** Text that is an address, a path, a file name or an id, whose digits must stay Latin. */
const TECHNICAL = /^(?:[a-z][a-z0-9+.-]*:|\/|#|\.{0,2}\/)|^[\w.-]+\.(?:csv|json|txt|svg|png|xml|html?)$/i;

function convert(value: unknown, lang: string): unknown {
  if (typeof value === 'string') return TECHNICAL.test(value) ? value : editionDigits(value, lang);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? convert(v, lang) : v));
  return value;
}

/**
 * A strings table whose every text, and every text its functions return, is in the edition's digits: a
 * Dari table's `(n) => \`${n} نتیجه\`` gives "۳ نتیجه". Parts passed in (links, dates) are left as they
 * are; addresses and file names keep their digits. The table itself is unchanged for Latin-digit editions.
 */
export function withEditionDigits<T>(table: T, lang: string): T {
  if (digitsOf(lang) === 'latn') return table;
  const wrap = (value: unknown): unknown => {
    if (typeof value === 'function') return (...args: unknown[]) => convert((value as (...a: unknown[]) => unknown)(...args), lang);
    if (typeof value === 'string' || Array.isArray(value)) return convert(value, lang);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
    return value;
  };
  return wrap(table) as T;
}
