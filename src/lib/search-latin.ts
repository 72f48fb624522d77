/**
 * Names typed in Latin script in a Dari or Pashto edition: readers who met "Khalilzad" or "Baradar" in the
 * English press type it so on /fa/search/ too. Each who's-who entry of a translated edition is indexed with
 * the names the default edition finds that person by (its names file: name and every alias) as hidden
 * aliases, and the edition's vocabulary learns them: they pin the entry as the best match, and "Did you
 * mean …?" corrects them. Pure: the search-index integration applies it to what the search pages published.
 */
import { displayWords, searchWord, searchWords } from './search-text.ts';
import type { SearchNames, SearchWords } from './search-vocabulary.ts';
import { SEARCH_META, type SearchType } from '../site.ts';

/** What this needs of a search record (src/views/search-records.ts). */
export interface NamedSearchRecord {
  url: string;
  meta: { title: string } & Partial<Record<(typeof SEARCH_META)[keyof typeof SEARCH_META], string>>;
  filters: { type: SearchType[] };
}

/**
 * The Latin names of each record found by name, by its address without an edition prefix
 * ("/people/#zalmay-khalilzad" → ["Zalmay Khalilzad", "Khalilzad"]): those the default edition's names
 * file gives it (its name and aliases, written as its words file writes them), and `more` (the English
 * forms the chapters use, from content/translations/names.yaml). A name that two records share names
 * neither (a surname), as in the names file.
 */
export function latinNames(english: { names: SearchNames; words: SearchWords }, more: readonly { url: string; names: readonly string[] }[] = []): Map<string, string[]> {
  const written = new Map(english.words.words.map((w) => [searchWord(w), w]));
  const { records, byName } = english.names.named;
  const all = [
    ...Object.entries(byName).map(([name, i]) => ({ url: records[i]!.url, name: name.split(' ').map((w) => written.get(w) ?? w).join(' ') })),
    ...more.flatMap(({ url, names }) => names.map((name) => ({ url, name }))),
  ];
  const owners = new Map<string, Set<string>>();
  for (const { url, name } of all) owners.set(searchWords(name).join(' '), (owners.get(searchWords(name).join(' ')) ?? new Set()).add(url));
  const found = new Map<string, string[]>();
  for (const { url, name } of all) {
    const key = searchWords(name).join(' ');
    const own = found.get(url) ?? [];
    if (owners.get(key)!.size === 1 && !own.some((n) => searchWords(n).join(' ') === key)) found.set(url, [...own, name]);
  }
  return found;
}

/** A translated edition's address as the default edition's: "/fa/people/#x" → "/people/#x" for prefix "fa/". */
export const withoutPrefix = (url: string, prefix: string): string =>
  prefix && url.startsWith(`/${prefix}`) ? `/${url.slice(prefix.length + 1)}` : url;

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
 * The edition's vocabulary with the Latin names: each names its record (the edition's own names come
 * first where both give a name), and their words are offered by "Did you mean …?" after the edition's own.
 */
export function withLatinVocabulary(
  vocabulary: { names: SearchNames; words: SearchWords },
  latin: ReadonlyMap<string, string[]>,
  prefix: string,
): { names: SearchNames; words: SearchWords } {
  const { records, byName } = vocabulary.names.named;
  const named: Record<string, number> = {};
  records.forEach((record, i) => {
    for (const name of latin.get(withoutPrefix(record.url, prefix)) ?? []) named[searchWords(name).join(' ')] = i;
  });
  const known = new Set(vocabulary.words.words.map(searchWord));
  const added = new Map<string, string>();
  for (const word of [...latin.values()].flat().flatMap(displayWords)) {
    if (word.length >= 2 && !known.has(searchWord(word)) && !added.has(searchWord(word))) added.set(searchWord(word), word);
  }
  return {
    names: { ...vocabulary.names, named: { records, byName: { ...named, ...byName } } },
    words: { words: [...vocabulary.words.words, ...added.values()] },
  };
}
