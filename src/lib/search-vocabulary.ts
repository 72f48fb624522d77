/**
 * The site's own words, built at build time and loaded with the search: they tell a real match from
 * Pagefind's prefix backtracking (a word the site lacks is cut back to the longest prefix it has, so
 * "Akhunzada" would match every "a…"), and they give "Did you mean …?" its candidates, nearest by
 * edit distance. Pure: the build and the browser both use it, and the golden set tests it in Node.
 */
import { distance } from 'fastest-levenshtein';
import { displayWords, normaliseQuery, searchWords } from './search-text.ts';
import type { SearchType } from '../site.ts';

/** One kind of text the vocabulary is built from (names, headings, event titles, chapter text…). */
export interface TermSource {
  texts: readonly string[];
  /**
   * How much each occurrence counts. Words are ranked by their total, and the best-ranked of equally near
   * candidates is the one suggested: a name (weighted) wins over a common word one letter away.
   */
  weight: number;
}

/**
 * A record the reader may be looking for by its name: when the query is exactly one of its names, it is
 * shown first as the best match, whatever Pagefind's score (a who's-who entry for "Taliban" would
 * otherwise sink below every page that says "Taliban").
 */
export interface NamedRecord {
  /** Its names, as the site writes them (an actor's name and aliases). */
  names: readonly string[];
  /** Site-relative, for base "/", as search records are. */
  url: string;
  title: string;
  type: SearchType;
  /** Shown under the title, as plain text. */
  text: string;
  chapters: string[];
}

/** What the build writes to pagefind/vocabulary.json. */
export interface SearchVocabulary {
  /** Every word, as the site most often writes it, best-ranked first. */
  words: string[];
  /** False when the limit cut words off: then a word that is not listed may still be in the index. */
  complete: boolean;
  /**
   * Other spellings the site never uses itself, lower-cased, and the site's word for each
   * ("taleban" → "Taliban"): the query is searched with the site's word, so it ranks as that word does.
   */
  spellings: Record<string, string>;
  /** Records found by name, and for each name (its search words joined by spaces) which of them. */
  named: { records: Omit<NamedRecord, 'names'>[]; byName: Record<string, number> };
}

/** Enough for a large explainer's distinct words; the file grows by about 4 bytes per word gzipped. */
export const VOCABULARY_LIMIT = 12_000;

/** Names shared by two records (a surname, say) pin neither. */
function byName(named: readonly NamedRecord[]): Record<string, number> {
  const found = new Map<string, number>();
  named.forEach((record, i) => {
    for (const name of new Set(record.names.map((n) => searchWords(n).join(' ')))) found.set(name, found.has(name) ? -1 : i);
  });
  return Object.fromEntries([...found].filter(([name, i]) => name && i >= 0));
}

export function buildVocabulary(
  sources: readonly TermSource[],
  synonyms: readonly { word: string; spellings: readonly string[] }[] = [],
  named: readonly NamedRecord[] = [],
  limit = VOCABULARY_LIMIT,
): SearchVocabulary {
  const score = new Map<string, number>();
  // Per word, how often each way of writing it occurs, to show it as the site writes it.
  const forms = new Map<string, Map<string, number>>();
  for (const { texts, weight } of sources) {
    for (const text of texts) {
      for (const form of displayWords(text)) {
        // A single letter is a prefix of thousands of words: it tells nothing, and is never suggested.
        if (form.length < 2) continue;
        const word = form.toLowerCase();
        score.set(word, (score.get(word) ?? 0) + weight);
        const seen = forms.get(word) ?? new Map<string, number>();
        seen.set(form, (seen.get(form) ?? 0) + 1);
        forms.set(word, seen);
      }
    }
  }
  const ranked = [...score].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const display = (word: string) => [...forms.get(word)!].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
  const spellings: Record<string, string> = {};
  for (const { word, spellings: others } of synonyms) {
    for (const other of others) {
      // A spelling the site also uses (Stanekzai and Stanikzai, two men) is searched as typed.
      if (!searchWords(other).every((w) => score.has(w))) spellings[searchWords(other).join(' ')] = word;
    }
  }
  return {
    words: ranked.slice(0, limit).map(([word]) => display(word)),
    complete: ranked.length <= limit,
    spellings,
    named: { records: named.map(({ names, ...record }) => record), byName: byName(named) },
  };
}

/** Letters a query word may differ by and still be corrected: none for very short words, then 1 to 3. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Pagefind backtracks a missing word to the longest prefix it has. A prefix this much of the word long
 * still finds its other forms ("negotiating" finds "negotiated"); a shorter one finds unrelated words.
 */
export const REAL_PREFIX_SHARE = 0.7;
const REAL_PREFIX_MIN = 4;

export interface Suggestion {
  /** The query with its words corrected, as the site writes them. */
  text: string;
}

export class Vocabulary {
  private readonly sorted: string[];
  private readonly lower: string[];
  private readonly exact: Set<string>;
  /** Longest first, so "islamic state khorasan" is replaced before any shorter spelling inside it. */
  private readonly spellingList: [string, string][];
  private readonly spelled: Set<string>;
  private readonly vocabulary: SearchVocabulary;
  constructor(vocabulary: SearchVocabulary) {
    this.vocabulary = vocabulary;
    this.lower = vocabulary.words.map((w) => w.toLowerCase());
    this.sorted = [...this.lower].sort();
    this.exact = new Set(this.lower);
    this.spellingList = Object.entries(vocabulary.spellings).sort(([a], [b]) => b.length - a.length);
    this.spelled = new Set(this.spellingList.flatMap(([s]) => s.split(' ')));
  }

  /** The record one of whose names the query is, as searched (see searchable()). */
  named(searched: string): Omit<NamedRecord, 'names'> | undefined {
    const index = this.vocabulary.named.byName[searchWords(searched).join(' ')];
    return index === undefined ? undefined : this.vocabulary.named.records[index];
  }

  /** The longest prefix `word` shares with any word of the site. */
  private sharedPrefix(word: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    const common = (other: string | undefined) => {
      let n = 0;
      while (other && n < word.length && other[n] === word[n]) n++;
      return n;
    };
    return Math.max(common(this.sorted[lo - 1]), common(this.sorted[lo]));
  }

  /** Whether a word of the site starts with `word` (Pagefind finds it as typed), or it is another spelling. */
  private found(word: string): boolean {
    return this.exact.has(word) || this.sharedPrefix(word) === word.length || this.spelled.has(word);
  }

  /**
   * The query as it is searched: normalised, each other spelling replaced by the site's word ("Mullah
   * Biradar" → "Mullah Baradar").
   */
  searchable(query: string): string {
    let words = searchWords(normaliseQuery(query));
    for (const [spelling, word] of this.spellingList) {
      const parts = spelling.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((p, j) => words[i + j] === p)) words = [...words.slice(0, i), word, ...words.slice(i + parts.length)];
      }
    }
    return words.join(' ');
  }

  /**
   * Whether Pagefind's match for a query word is a real one: the word (or a word starting with it) is on
   * the site, or what Pagefind backtracks to is most of the word. When the list is incomplete, a word
   * that is not listed may be in the index, so it counts as real.
   */
  matches(word: string): boolean {
    if (!this.vocabulary.complete || this.found(word)) return true;
    const shared = this.sharedPrefix(word);
    return shared >= REAL_PREFIX_MIN && shared >= Math.ceil(word.length * REAL_PREFIX_SHARE);
  }

  /** The query words that match nothing real (see matches()), normalised and lower-cased. */
  unmatched(query: string): string[] {
    return searchWords(normaliseQuery(query)).filter((w) => !this.matches(w));
  }

  /** The nearest words of the site to `word`, best first: fewest edits, then best-ranked. */
  private nearest(word: string, max: number): string[] {
    const edits = allowedEdits(word.length);
    if (edits === 0) return [];
    const found: { index: number; d: number }[] = [];
    this.lower.forEach((candidate, index) => {
      if (Math.abs(candidate.length - word.length) > edits || candidate === word) return;
      const d = distance(word, candidate);
      if (d <= edits) found.push({ index, d });
    });
    return found
      .sort((a, b) => a.d - b.d || a.index - b.index)
      .slice(0, max)
      .map((f) => this.vocabulary.words[f.index]!);
  }

  /**
   * "Did you mean …?": each query word the site doesn't have as typed is replaced by its nearest word.
   * A one-word query gets up to `max` alternatives; a longer one a single corrected query. Words with
   * nothing near are left out, since they match nothing anyway. Empty when nothing would change.
   */
  suggest(query: string, max = 3): Suggestion[] {
    const typed = displayWords(normaliseQuery(query));
    const words = typed.map((w) => w.toLowerCase());
    const wrong = words.map((w) => !this.found(w));
    if (!wrong.includes(true)) return [];
    if (words.length === 1) return this.nearest(words[0]!, max).map((text) => ({ text }));
    const fixed = typed.map((w, i) => (wrong[i] ? this.nearest(words[i]!, 1)[0] : w)).filter((w): w is string => w !== undefined);
    const text = fixed.join(' ');
    return fixed.length > 0 && text.toLowerCase() !== words.join(' ') ? [{ text }] : [];
  }
}
