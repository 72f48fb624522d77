/**
 * Names typed in Latin script in a Dari or Pashto edition: readers who met "Khalilzad" or "Baradar" in the
 * English press type it so on /fa/search/ too. Each who's-who entry of a translated edition is indexed with
 * its English names (the default edition's record for the same person) as hidden aliases, and its
 * vocabulary learns them: the names pin the entry as the best match, and "Did you mean …?" corrects them.
 * Pure: the search-index integration applies it to what the search pages published.
 */
import { displayWords, searchWords } from './search-text.ts';
import type { SearchNames, SearchWords } from './search-vocabulary.ts';
import { SEARCH_META, type SearchType } from '../site.ts';

/** What this needs of a search record (src/views/search-records.ts). */
export interface NamedSearchRecord {
  url: string;
  meta: { title: string } & Partial<Record<(typeof SEARCH_META)[keyof typeof SEARCH_META], string>>;
  filters: { type: SearchType[] };
}

/** An actor's names as the default edition's record gives them: its title, then its aliases. */
const namesOf = (record: NamedSearchRecord) => [record.meta.title, ...(record.meta[SEARCH_META.aliases]?.split(', ') ?? [])];

/**
 * The default edition's who's-who names, by the entry's address without an edition prefix
 * ("/people/#zalmay-khalilzad" → ["Zalmay Khalilzad", "Khalilzad"]).
 */
export function latinNames(english: readonly NamedSearchRecord[]): Map<string, string[]> {
  return new Map(english.filter((r) => r.filters.type.includes('actor')).map((r) => [r.url, [...new Set(namesOf(r))]]));
}

/** A translated edition's address as the default edition's: "/fa/people/#x" → "/people/#x" for prefix "fa/". */
export const withoutPrefix = (url: string, prefix: string) => (prefix && url.startsWith(`/${prefix}`) ? `/${url.slice(prefix.length + 1)}` : url);

/** The edition's who's-who records, each with its Latin names added to its hidden aliases. */
export function withLatinNames<R extends NamedSearchRecord>(records: readonly R[], latin: ReadonlyMap<string, string[]>, prefix: string): R[] {
  return records.map((record) => {
    const names = record.filters.type.includes('actor') ? latin.get(withoutPrefix(record.url, prefix)) : undefined;
    if (!names) return record;
    const aliases = [...new Set([...(record.meta[SEARCH_META.aliases]?.split(', ') ?? []), ...names])];
    return { ...record, meta: { ...record.meta, [SEARCH_META.aliases]: aliases.join(', ') } };
  });
}

/**
 * The edition's vocabulary with the Latin names: each names its entry (unless the edition's own names
 * already give that name to a record), and their words are offered by "Did you mean …?", after the
 * edition's own words.
 */
export function withLatinVocabulary(
  vocabulary: { names: SearchNames; words: SearchWords },
  latin: ReadonlyMap<string, string[]>,
  prefix: string,
): { names: SearchNames; words: SearchWords } {
  const { records, byName } = vocabulary.names.named;
  // As for the edition's own names, a name two entries share (a surname) pins neither.
  const found = new Map<string, number>();
  records.forEach((record, i) => {
    for (const name of new Set((latin.get(withoutPrefix(record.url, prefix)) ?? []).map((n) => searchWords(n).join(' ')))) {
      found.set(name, found.has(name) ? -1 : i);
    }
  });
  const named = { ...Object.fromEntries([...found].filter(([name, i]) => name && i >= 0)), ...byName };
  const known = new Set(vocabulary.words.words.map((w) => w.toLowerCase()));
  const added = [...new Set([...latin.values()].flat().flatMap(displayWords))].filter((w) => w.length >= 2 && !known.has(w.toLowerCase()));
  return {
    names: { ...vocabulary.names, named: { records, byName: named } },
    words: { words: [...vocabulary.words.words, ...added] },
  };
}
