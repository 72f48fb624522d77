/**
 * The words a page opened from search marks, besides the ones in its address. Pagefind passes the words
 * as the index holds them, so "8,600" arrives as "8600" and matched nothing in the text; a word found
 * through stemming ("withdrawals" for "withdrawal") matched nothing either. Each word is kept, with its
 * number written with thousands separators and, for a plural, its singular (which the marker also finds
 * inside the plural).
 */
/** Plurals only: a cut-back verb ("negotiat") would mark half a word. */
function singular(word: string): string | undefined {
  if (word.length < 5 || !/^\p{L}+$/u.test(word) || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // "boxes", "marches", "buses": the e belongs to the ending; "ceasefires", "rounds": only the s.
  if (/(x|z|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return undefined;
}

export function highlightTerms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of words) {
    const word = raw.trim();
    if (word === '') continue;
    out.add(word);
    const digits = word.replace(/[,\u202f\u00a0]/g, '');
    if (/^\d{4,}$/.test(digits) && !/^(1[89]|20)\d\d$/.test(digits)) out.add(Number(digits).toLocaleString('en-GB'));
    if (/^\d{1,3}(,\d{3})+$/.test(word)) out.add(digits);
    const one = singular(word.toLowerCase());
    if (one) out.add(one);
  }
  return [...out];
}
