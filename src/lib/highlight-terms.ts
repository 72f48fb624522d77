/**
 * The words a page opened from search marks, besides the ones in its address. Pagefind passes the words
 * as the index holds them, so "8,600" arrives as "8600" and matched nothing in the text; a word found
 * through stemming ("withdrawals" for "withdrawal") matched nothing either. Each word is kept, with its
 * number written with thousands separators and its stem (the marker matches a stem inside longer words).
 */
const SUFFIXES = ['ings', 'ing', 'ies', 'es', 'ed', 's'];

export function highlightTerms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of words) {
    const word = raw.trim();
    if (word === '') continue;
    out.add(word);
    const digits = word.replace(/[,\u202f\u00a0]/g, '');
    if (/^\d{4,}$/.test(digits) && !/^(1[89]|20)\d\d$/.test(digits)) out.add(Number(digits).toLocaleString('en-GB'));
    if (/^\d{1,3}(,\d{3})+$/.test(word)) out.add(digits);
    const lower = word.toLowerCase();
    const suffix = SUFFIXES.find((s) => lower.endsWith(s) && lower.length - s.length >= 4);
    if (suffix && /^\p{L}+$/u.test(lower)) out.add(lower.slice(0, lower.length - suffix.length) + (suffix === 'ies' ? 'y' : ''));
  }
  return [...out];
}
