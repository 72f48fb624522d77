/**
 * Other spellings of the site's words (content/search-synonyms.yaml) are indexed with each record whose
 * text uses the word, as hidden metadata: "Taleban" then finds every page that says "Taliban", and its
 * excerpts still show only the explainer's own text.
 */
import { searchWords } from './search-text.ts';

export interface SearchSynonym {
  id: string;
  word: string;
  spellings: string[];
}

/** Whether a text, given as its set of search words, contains every word of `word`. */
function uses(textWords: ReadonlySet<string>, word: string): boolean {
  const words = searchWords(word);
  return words.length > 0 && words.every((w) => textWords.has(w));
}

/** The spellings to index with a text: those of every entry whose word the text uses, each once. */
export function spellingsFor(text: string, synonyms: readonly SearchSynonym[]): string[] {
  const words = new Set(searchWords(text));
  return [...new Set(synonyms.filter((s) => uses(words, s.word)).flatMap((s) => s.spellings))];
}

/** The entries whose word the content never uses: their spellings would find nothing. */
export function unusedSynonyms(texts: readonly string[], synonyms: readonly SearchSynonym[]): SearchSynonym[] {
  const words = new Set<string>();
  let unused = [...synonyms];
  // Text by text, stopping once every word is found: a large explainer has megabytes more to read, so a caller
  // gives its short texts first.
  for (const text of texts) {
    if (unused.length === 0) break;
    for (const word of searchWords(text)) words.add(word);
    unused = unused.filter((s) => !uses(words, s.word));
  }
  return unused;
}
