/**
 * One query, from what the reader typed to the results shown: normalised, other spellings replaced, words
 * that match nothing real dropped (Pagefind's prefix backtracking), ONE Pagefind search, the best answer
 * first, and "Did you mean …?" when little or nothing matched. It takes Pagefind and the vocabulary as
 * arguments, so the browser (src/scripts/search/engine.ts) and the golden set (tests/search/) run the same code.
 */
import { toHit, type PagefindData, type SearchHit } from './search.ts';
import { Vocabulary, type NamedRecord, type Suggestion } from './search-vocabulary.ts';
import { SEARCH_META, type SearchType } from '../site.ts';

interface PagefindResult {
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindSearch {
  search(term: string, opts?: { filters?: Record<string, string[]> }): Promise<PagefindResponse | null>;
}

/**
 * Pagefind's ranking (pagefind.options({ ranking })), chosen on the golden set (tests/search/golden.yaml;
 * the figures are in the README, "Search"). Starlight's tuned values (withastro/starlight PRs #1750,
 * #2728, #3928) beat Pagefind's defaults here too: termSimilarity high, so an exact word beats a long word
 * it begins; pageLength and termFrequency low, so a short timeline entry does not win only by being short.
 * A title counts like any other word (metaWeights title 1, not 5): an event's title is most of its text,
 * and a heavy title weight put timeline entries above the chapter that explains a concept. An actor's other
 * names and the other spellings count as strongly as the name.
 */
export const SEARCH_RANKING = {
  termFrequency: 0.1,
  termSimilarity: 9,
  termSaturation: 2,
  pageLength: 0.1,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 1, [SEARCH_META.aliases]: 5, [SEARCH_META.spellings]: 3 },
};

/**
 * How much a result of each type counts when the results of a page are put in order: Pagefind's score
 * times this. Every search type must have one (the type checker says so), so a new type slots in here.
 * A chapter and a who's-who entry count double a timeline entry, whose few words otherwise score highest.
 */
export const TYPE_WEIGHTS: Record<SearchType, number> = { chapter: 2, event: 1, actor: 2 };

/** Results shown at once: enough to choose from, few enough that a first search stays small. */
export const PAGE = 6;

/** Results at or below this many are "little": the reader is offered "Did you mean …?" as well. */
const FEW = 1;

export interface SearchOutcome {
  /** What was searched: the query normalised, with the site's spellings. Empty when nothing was. */
  searched: string;
  /** Query words that match nothing on the site, left out of the search. */
  unmatched: string[];
  /** Nearest words of the site, offered when the query found little or nothing. */
  suggestions: Suggestion[];
  hits: SearchHit[];
  /** For each filter value, how many results choosing it would give (keeping the other groups' choices). */
  counts: Record<string, Record<string, number>>;
  /** All matches; `hits` holds the first page of them. */
  total: number;
  /** The next page of hits, loaded on demand (each hit's excerpt is a separate download). */
  more(): Promise<SearchHit[]>;
}

const weighOf = (hit: SearchHit) => (hit.type ? TYPE_WEIGHTS[hit.type] ?? 1 : 1);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An address without Pagefind's ?highlight= parameters, to compare results. */
const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

/**
 * The record the query names, as a hit that links as Pagefind's do (under the base path, with the
 * words to highlight). Only when the chosen filters would keep it: a type filter that includes its type,
 * and no chapter filter (a person belongs to several).
 */
function namedHit(record: Omit<NamedRecord, 'names'> | undefined, searched: string, filters: Record<string, string[]>, base: string): SearchHit | undefined {
  if (!record) return undefined;
  if (Object.keys(filters).some((g) => g !== 'type') || (filters.type && !filters.type.includes(record.type))) return undefined;
  const [path, hash] = record.url.split('#');
  const highlight = searched.split(' ').map((w) => `highlight=${encodeURIComponent(w)}`).join('&');
  return {
    url: `${base.replace(/\/$/, '')}${path}?${highlight}${hash ? `#${hash}` : ''}`,
    title: record.title,
    excerpt: escapeHtml(record.text),
    type: record.type,
    chapters: record.chapters,
    sections: [],
  };
}

/**
 * Runs a query. `wanted` is asked once the matches are known: a query that a newer keystroke has replaced
 * returns null before any excerpt is downloaded.
 */
export async function searchSite(
  pf: PagefindSearch,
  vocabulary: Vocabulary,
  query: string,
  filters: Record<string, string[]> = {},
  wanted: () => boolean = () => true,
  base = '/',
): Promise<SearchOutcome | null> {
  const unmatched = vocabulary.unmatched(query);
  const searched = vocabulary
    .searchable(query)
    .split(' ')
    .filter((w) => w && !unmatched.includes(w))
    .join(' ');
  const suggest = () => vocabulary.suggest(query);
  if (!searched) {
    return { searched, unmatched, suggestions: suggest(), hits: [], counts: {}, total: 0, more: async () => [] };
  }
  const groups = Object.keys(filters);
  // One search gives the results and, for each filter group, its counts given the other groups' choices.
  // A chosen group's own counts must not be zeroed by its choice: with one group chosen the counts without
  // any filter (totalFilters) are those; with two, each is counted by a search without it.
  const without = (group: string) => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== group));
  const [response, ...perGroup] = await Promise.all([
    pf.search(searched, { filters }),
    ...(groups.length > 1 ? groups.map((g) => pf.search(searched, { filters: without(g) })) : []),
  ]);
  if (!response || perGroup.includes(null) || !wanted()) return null;
  const counts = { ...response.filters };
  if (groups.length === 1) counts[groups[0]!] = response.totalFilters[groups[0]!] ?? {};
  groups.forEach((g, i) => {
    if (groups.length > 1) counts[g] = perGroup[i]!.filters[g] ?? {};
  });
  const results = response.results;
  // The record the query names comes first; where Pagefind ranks it, it is not shown again.
  const named = results.length > 0 ? namedHit(vocabulary.named(searched), searched, filters, base) : undefined;
  let loaded = 0;
  const more = async () => {
    const page = results.slice(loaded, loaded + PAGE);
    loaded += page.length;
    const hits = await Promise.all(page.map(async (r) => ({ hit: toHit(await r.data()), score: r.score })));
    // Within a page, the type weights decide between results Pagefind scored close together.
    return hits
      .filter((h) => !named || withoutQuery(h.hit.url) !== withoutQuery(named.url))
      .sort((a, b) => b.score * weighOf(b.hit) - a.score * weighOf(a.hit))
      .map((h) => h.hit);
  };
  const hits = named ? [named, ...(await more())] : await more();
  const suggestions = results.length <= FEW || unmatched.length > 0 ? suggest() : [];
  return { searched, unmatched, suggestions, hits, counts, total: results.length, more };
}
