/**
 * Loads Pagefind on first use and runs queries. The bundle only exists after `pagefind` has run
 * over dist/, so it is imported at run time from the site's own base path, never bundled.
 */
import { toHit, type PagefindData, type SearchHit } from '../../lib/search.ts';

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
}

export interface SearchOutcome {
  term: string;
  hits: SearchHit[];
  /** Result counts per filter value, for the current query with the other filters applied. */
  counts: Record<string, Record<string, number>>;
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Runs a query; returns null when a newer query has superseded this one. */
export async function runSearch(term: string, filters: Record<string, string[]> = {}, limit = 20): Promise<SearchOutcome | null> {
  const pf = await load();
  const response = await pf.search(term, { filters });
  if (!response) return null;
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return { term, hits: data.map((d) => toHit(d)), counts: response.filters };
}
