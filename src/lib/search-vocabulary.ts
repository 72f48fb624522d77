/**
 * What search knows of the site's own words, built at build time in two files (src/site.ts names them):
 * - the names (SearchNames), loaded with Pagefind on the first search: other spellings to search as the
 *   site's word ("Taleban" → "Taliban") and the records a query can name exactly (a who's-who entry);
 * - the words (SearchWords), every word of the site ranked, loaded the first time a query finds little
 *   or nothing: "Did you mean …?" (src/lib/search-suggest.ts) offers the nearest of them by edit distance.
 *   Successful searches never download them, which keeps the first search within its byte budget.
 * Pure: the build and the browser both use it, and the golden set tests it in Node.
 */
import { displayWords, normaliseQuery, QUERY_MAX_LENGTH, searchWord, searchWords, yehKey, type DigitForm, type ScriptLanguage } from './search-text.ts';
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
 * shown first as the best match, whatever Pagefind's score (the who's-who entry for "Taliban" would
 * otherwise sink below the many pages that say "Taliban").
 */
export interface NamedRecord {
  /** Its names, as the site writes them (an actor's name and aliases). */
  names: readonly string[];
  /** Site-relative, for base "/", as search records are. */
  url: string;
  title: string;
  type: SearchType;
  chapters: string[];
}

export interface SearchNames {
  /**
   * Other spellings the site never uses itself, as search words joined by spaces, and the site's word
   * for each ("taleban" → "Taliban"): the query is searched with the site's word, so it ranks as that does.
   */
  spellings: Record<string, string>;
  /** Records found by name, and for each name (its search words joined by spaces) which of them. */
  named: { records: Omit<NamedRecord, 'names'>[]; byName: Record<string, number> };
  /**
   * The site's words that write ي, ې or ۍ, by their form with ی (yehKey), when that is not how the site
   * writes them: a Pashto query is searched with the site's letters whichever the reader typed (yehSpellings).
   */
  yeh?: Record<string, string>;
}

export interface SearchWords {
  /** Every word, as the site most often writes it, best-ranked first. */
  words: string[];
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

/**
 * For each of the site's words (best-ranked first) that writes ي, ې or ۍ, the way the site writes it, by
 * its form with ی; where the site writes a word more than one way, the form it uses most. A query word is
 * looked up by its yehKey: found, it is searched as the site writes it; not found, with ی (how the site
 * writes every other word). Only Pashto content writes these letters; elsewhere this is empty.
 */
export function yehSpellings(words: readonly string[]): Record<string, string> {
  const best = new Map<string, string>();
  for (const word of words) {
    const key = yehKey(searchWord(word));
    if (!best.has(key)) best.set(key, searchWord(word));
  }
  return Object.fromEntries([...best].filter(([key, word]) => key !== word));
}

export function buildVocabulary(
  sources: readonly TermSource[],
  synonyms: readonly { word: string; spellings: readonly string[] }[] = [],
  named: readonly NamedRecord[] = [],
  limit = VOCABULARY_LIMIT,
): { names: SearchNames; words: SearchWords } {
  const score = new Map<string, number>();
  // Per word, how often each way of writing it occurs, to show it as the site writes it.
  const forms = new Map<string, Map<string, number>>();
  for (const { texts, weight } of sources) {
    for (const text of texts) {
      for (const form of displayWords(text)) {
        // A single letter is a prefix of thousands of words: it tells nothing, and is never suggested.
        if (form.length < 2) continue;
        const word = searchWord(form);
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
  const words = ranked.slice(0, limit).map(([word]) => display(word));
  const yeh = yehSpellings(words);
  return {
    names: {
      spellings,
      named: { records: named.map(({ names, ...record }) => record), byName: byName(named) },
      ...(Object.keys(yeh).length > 0 ? { yeh } : {}),
    },
    words: { words },
  };
}

/** The names file at work: the query as searched, and the record it names. */
export class QueryNames {
  /** Longest first, so "islamic state khorasan" is replaced before any shorter spelling inside it. */
  private readonly spellings: [string, string][];
  private readonly names: SearchNames;
  private readonly form: { digits: DigitForm; language: ScriptLanguage };
  /** `form`: how the edition's queries are folded (queryFormOf(lang) in src/lib/search-text.ts); English by default. */
  constructor(names: SearchNames, form: { digits: DigitForm; language: ScriptLanguage } = { digits: 'latin', language: 'fa' }) {
    this.names = names;
    this.form = form;
    this.spellings = Object.entries(names.spellings)
      .map(([spelling, word]): [string, string] => [spelling, searchWords(word).join(' ')])
      .sort(([a], [b]) => b.length - a.length);
  }

  /**
   * The query as it is searched: normalised, in search words, each other spelling replaced by the
   * site's word ("Mullah Biradar" → "mullah baradar").
   */
  searchable(query: string): string {
    let words = searchWords(this.normalise(query)).map((w) => this.asWritten(w));
    for (const [spelling, word] of this.spellings) {
      const parts = spelling.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((p, j) => words[i + j] === p)) words = [...words.slice(0, i), ...word.split(' '), ...words.slice(i + parts.length)];
      }
    }
    return words.join(' ');
  }

  /** The query normalised as the edition folds it (its digits and letters). */
  normalise(query: string): string {
    return normaliseQuery(query, QUERY_MAX_LENGTH, this.form.digits, this.form.language);
  }

  /** A search word with the site's ي ې ۍ or ی, whichever the reader typed (yehSpellings); others unchanged. */
  asWritten(word: string): string {
    if (!this.names.yeh) return word;
    const key = yehKey(word);
    return this.names.yeh[key] ?? key;
  }

  /** The record one of whose names the query is, as searched. */
  named(searched: string): Omit<NamedRecord, 'names'> | undefined {
    const index = this.names.named.byName[searchWords(searched).join(' ')];
    return index === undefined ? undefined : this.names.named.records[index];
  }

  /** Whether the site spells `word` (a search word) another way. */
  isSpelling(word: string): boolean {
    return this.asWritten(word) !== word || this.spellings.some(([s]) => s.split(' ').includes(word));
  }
}
