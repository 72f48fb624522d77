/**
 * "Did you mean …?": the nearest words of the site by edit distance (fastest-levenshtein), from the words
 * file (src/lib/search-vocabulary.ts). A module of its own, loaded with the words the first time a query
 * finds little or nothing.
 */
import { distance } from 'fastest-levenshtein';
import { displayWords, searchWord } from './search-text.ts';
import type { QueryNames, SearchWords } from './search-vocabulary.ts';

/** Letters a query word may differ by and still be corrected: none for very short words, then 1 to 3. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;
}

export interface Suggestion {
  /** The query with its words corrected, as the site writes them. */
  text: string;
}

/** "Did you mean …?" from the words file. */
export class Suggester {
  private readonly lower: string[];
  private readonly sorted: string[];
  private readonly words: string[];
  private readonly names: QueryNames;
  constructor(words: SearchWords, names: QueryNames) {
    this.words = words.words;
    this.names = names;
    this.lower = this.words.map(searchWord);
    this.sorted = [...this.lower].sort();
  }

  /** Whether a word of the site is `word` or starts with it (Pagefind finds it as typed), or it is another spelling. */
  private found(word: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return this.sorted[lo]?.startsWith(word) === true || this.names.isSpelling(word);
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
      .map((f) => this.words[f.index]!);
  }

  /**
   * Each query word the site doesn't have as typed is replaced by its nearest word. A one-word query gets
   * up to `max` alternatives; a longer one a single corrected query. Words with nothing near are left out,
   * since they match nothing anyway. Empty when nothing would change.
   */
  suggest(query: string, max = 3): Suggestion[] {
    const typed = displayWords(this.names.normalise(query));
    const words = typed.map(searchWord);
    const wrong = words.map((w) => !this.found(w));
    if (!wrong.includes(true)) return [];
    if (words.length === 1) return this.nearest(words[0]!, max).map((text) => ({ text }));
    const fixed = typed.map((w, i) => (wrong[i] ? this.nearest(words[i]!, 1)[0] : w)).filter((w): w is string => w !== undefined);
    const text = fixed.join(' ');
    return fixed.length > 0 && fixed.map(searchWord).join(' ') !== words.join(' ') ? [{ text }] : [];
  }
}
