/**
 * Loads Pagefind on first use and runs queries. The bundle only exists after `pagefind` has run
 * over dist/, so it is imported at run time from the site's own base path, never bundled.
 */
import { toHit, type PagefindData, type SearchHit } from '../../lib/search.ts';
import { SEARCH_TYPES } from '../../site.ts';

interface PagefindResult { data(): Promise<PagefindData> }
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, opts?: { filters?: Record<string, string[]> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchOutcome {
  term: string;
  hits: SearchHit[];
  /** For each filter value, how many results choosing it would give (keeping the other groups' choices). */
  counts: Record<string, Record<string, number>>;
  /** All matches; `hits` holds the first page of them. */
  total: number;
  /** The next page of hits, loaded on demand (each hit's excerpt is a separate download). */
  more(): Promise<SearchHit[]>;
}

/** Results shown at once: enough to choose from, few enough that a first search stays small. */
const PAGE = 6;

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    // noWorker: the index is small, so searching on the main thread is instant and saves the worker's download.
    await pf.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24, noWorker: true });
    await pf.init();
    await pf.filters(); // loads the filter index, without which searches report no counts
    return pf;
  });
  return pagefind;
}

/**
 * Runs a query. Results come grouped by type, chapters first: a short timeline entry would otherwise
 * outrank the chapter that tells the story, only because it is short. `wanted` is asked once the matches
 * are known: a query that a newer keystroke has replaced returns null before any excerpt is downloaded.
 */
export async function runSearch(
  term: string,
  filters: Record<string, string[]> = {},
  wanted: () => boolean = () => true,
): Promise<SearchOutcome | null> {
  const pf = await load();
  const groups = Object.keys(filters);
  const types = filters.type ?? [...SEARCH_TYPES];
  const without = (group: string) => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== group));
  const [response, ...rest] = await Promise.all([
    pf.search(term, { filters }),
    ...types.map((t) => pf.search(term, { filters: { ...filters, type: [t] } })),
    // A group's own choice must not zero the counts of its other options, so each chosen group is
    // counted from a search without it.
    ...groups.map((g) => pf.search(term, { filters: without(g) })),
  ]);
  if (!response || rest.includes(null) || !wanted()) return null;
  const byType = rest.slice(0, types.length) as PagefindResponse[];
  const perGroup = rest.slice(types.length) as PagefindResponse[];
  const counts = { ...response.filters };
  groups.forEach((g, i) => (counts[g] = perGroup[i]!.filters[g] ?? {}));
  const results = byType.flatMap((r) => r.results);
  let loaded = 0;
  const more = async () => {
    const page = results.slice(loaded, loaded + PAGE);
    loaded += page.length;
    return (await Promise.all(page.map((r) => r.data()))).map((d) => toHit(d));
  };
  return { term, hits: await more(), counts, total: results.length, more };
}
