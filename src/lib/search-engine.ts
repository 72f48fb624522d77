/**
 * One query, from what the reader typed to the results shown: normalised, other spellings replaced, ONE
 * Pagefind search, the best answer first, words that matched nothing real (Pagefind's prefix
 * backtracking) dropped and named, and "Did you mean …?" when little or nothing matched. It takes Pagefind
 * and the vocabulary as arguments, so the browser (src/scripts/search/engine.ts) and the golden set
 * (tests/search/) run the same code.
 */
import { toHit, type PagefindData, type SearchHit } from './search.ts';
import { searchWords } from './search-text.ts';
import type { Suggester, Suggestion } from './search-suggest.ts';
import type { NamedRecord, QueryNames } from './search-vocabulary.ts';
import { SEARCH_META, type SearchType } from '../site.ts';

interface PagefindResult {
  score: number;
  /** The metadata fields the result matched by (Pagefind 1.5+), when any. */
  matchedMetaFields?: string[];
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
 * A chapter and a who's-who entry count double a timeline entry, a promise or a glossary term, whose few
 * words otherwise score highest (measured on the golden set: a term at 2 puts its definition above the
 * timeline entry of the event it is named after).
 */
export const TYPE_WEIGHTS: Record<SearchType, number> = { chapter: 2, event: 1, actor: 2, commitment: 1, term: 1 };

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

/** An address without Pagefind's ?highlight= parameters, to compare results. */
const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

/**
 * Pagefind backtracks a query word it lacks to the longest prefix it has. A match this much of the word
 * long is still real ("negotiating" finds "negotiated", "prisoners" finds "prisoner"); a shorter one is
 * noise ("Akhunzada" finds every "a…").
 */
export const REAL_PREFIX_SHARE = 0.7;
const REAL_PREFIX_MIN = 4;

/** Whether a word Pagefind matched is a real match for a query word. */
export function isRealMatch(queryWord: string, matched: string): boolean {
  if (matched.startsWith(queryWord)) return true;
  let shared = 0;
  while (shared < queryWord.length && matched[shared] === queryWord[shared]) shared++;
  return shared >= REAL_PREFIX_MIN && shared >= Math.ceil(queryWord.length * REAL_PREFIX_SHARE);
}

/** The words a result matched: marked in its excerpts, and those of the metadata it matched by. */
function matchedWords(data: PagefindData, metaFields: readonly string[]): string[] {
  const marked = [data.excerpt, ...(data.sub_results ?? []).map((s) => s.excerpt)].flatMap((html) =>
    [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!),
  );
  return [...marked, ...metaFields.map((f) => data.meta[f] ?? '')].flatMap(searchWords);
}

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
    excerpt: '',
    type: record.type,
    chapters: record.chapters,
    sections: [],
  };
}

interface Ranked {
  hits: SearchHit[];
  /** The words each hit of the first page matched. */
  matched: string[][];
  counts: Record<string, Record<string, number>>;
  total: number;
  more(): Promise<SearchHit[]>;
}

/**
 * ONE Pagefind search, its first page loaded. A chosen filter group's own counts must not be zeroed by
 * its choice: with one group chosen the counts without any filter (totalFilters) are those; with two,
 * each group is counted by a search without it.
 */
async function rank(pf: PagefindSearch, names: QueryNames, searched: string, filters: Record<string, string[]>, wanted: () => boolean, base: string): Promise<Ranked | null> {
  const groups = Object.keys(filters);
  const without = (group: string) => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== group));
  const [response, ...perGroup] = await Promise.all([
    pf.search(searched, { filters }),
    ...(groups.length > 1 ? groups.map((g) => pf.search(searched, { filters: without(g) })) : []),
  ]);
  if (!response || perGroup.includes(null) || !wanted()) return null;
  const counts = { ...response.filters };
  groups.forEach((g, i) => (counts[g] = (groups.length > 1 ? perGroup[i]!.filters[g] : response.totalFilters[g]) ?? {}));
  const results = response.results;
  const named = results.length > 0 ? namedHit(names.named(searched), searched, filters, base) : undefined;
  let loaded = 0;
  const load = async () => {
    const page = results.slice(loaded, loaded + PAGE);
    loaded += page.length;
    const found = await Promise.all(
      page.map(async (r) => {
        const data = await r.data();
        return { hit: toHit(data), score: r.score, matched: matchedWords(data, r.matchedMetaFields ?? []) };
      }),
    );
    // Within a page, the type weights decide between results Pagefind scored close together.
    return found.sort((a, b) => b.score * weighOf(b.hit) - a.score * weighOf(a.hit));
  };
  const first = await load();
  // The record the query names comes first: as Pagefind found it when it is on this page (with its
  // excerpt), otherwise by its name alone; it is never shown twice.
  const same = (hit: SearchHit) => named !== undefined && withoutQuery(hit.url) === withoutQuery(named.url);
  const own = first.find((f) => same(f.hit));
  const lead = own ? [own.hit] : named ? [named] : [];
  return {
    hits: [...lead, ...first.filter((f) => !same(f.hit)).map((f) => f.hit)],
    matched: first.map((f) => f.matched),
    counts,
    total: results.length,
    more: async () => (await load()).filter((f) => !same(f.hit)).map((f) => f.hit),
  };
}

/**
 * Runs a query. `suggester` loads the words for "Did you mean …?" when they are needed. `wanted` is asked
 * once the matches are known: a query that a newer keystroke has replaced returns null before any
 * excerpt is downloaded.
 */
export async function searchSite(
  pf: PagefindSearch,
  names: QueryNames,
  suggester: () => Promise<Suggester>,
  query: string,
  filters: Record<string, string[]> = {},
  wanted: () => boolean = () => true,
  base = '/',
): Promise<SearchOutcome | null> {
  const searched = names.searchable(query);
  const empty = { hits: [], matched: [], counts: {}, total: 0, more: async () => [] };
  let ranked: Ranked | null = searched ? await rank(pf, names, searched, filters, wanted, base) : empty;
  if (!ranked) return null;
  // A query word that no result really matched was backtracked by Pagefind: its results are noise. The
  // other words are searched again on their own (the second search only ever runs for such a query).
  const words = searched.split(' ').filter(Boolean);
  const unmatched = ranked.total === 0 ? [] : words.filter((w) => !ranked!.matched.some((m) => m.some((word) => isRealMatch(w, word))));
  let kept = searched;
  if (unmatched.length > 0) {
    kept = words.filter((w) => !unmatched.includes(w)).join(' ');
    ranked = kept ? await rank(pf, names, kept, filters, wanted, base) : empty;
    if (!ranked) return null;
  }
  const suggestions = ranked.total <= FEW || unmatched.length > 0 ? (await suggester()).suggest(query) : [];
  if (!wanted()) return null;
  return { searched: kept, unmatched, suggestions, hits: ranked.hits, counts: ranked.counts, total: ranked.total, more: ranked.more };
}
