/**
 * Loads Pagefind and the site's names (src/lib/search-vocabulary.ts) on first use, together, and runs
 * queries (src/lib/search-engine.ts); the words for "Did you mean …?" load the first time a query needs
 * them. The bundle only exists after `pagefind` has run over dist/, so it is imported at run time from
 * the site's own base path, never bundled.
 */
import { SEARCH_RANKING, searchSite, type PagefindSearch, type SearchOutcome } from '../../lib/search-engine.ts';
import type { Suggester } from '../../lib/search-suggest.ts';
import suggestModule from './suggest.ts?worker&url';
import { QueryNames, type SearchNames, type SearchWords } from '../../lib/search-vocabulary.ts';
import { queryFormOf } from '../../lib/search-text.ts';
import { EDITIONS, searchVocabularyFiles } from '../../site.ts';
import { siteTop as base } from '../site-top.ts';

export type { SearchOutcome };

interface Pagefind extends PagefindSearch {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const files = searchVocabularyFiles(EDITIONS.find((e) => e.lang === document.documentElement.lang) ?? EDITIONS[0]);
let loading: Promise<[Pagefind, QueryNames]> | undefined;
let suggesting: Promise<Suggester> | undefined;

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
  return (await response.json()) as T;
}

function load(): Promise<[Pagefind, QueryNames]> {
  loading ??= Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      // noWorker: the index is small, so searching on the main thread is instant and saves the worker's download.
      await pf.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24, noWorker: true, ranking: SEARCH_RANKING });
      await pf.init();
      await pf.filters(); // loads the filter index, without which searches report no counts
      return pf;
    }),
    json<SearchNames>(files.names).then((names) => new QueryNames(names, queryFormOf(document.documentElement.lang))),
  ]);
  // A failed load is tried again on the next keystroke (the connection may be back).
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Starts loading Pagefind and the names as soon as search is opened, so the reader's typing overlaps the
 * download and set-up that the first result would otherwise wait for.
 */
export function prepareSearch(): void {
  load().catch(() => undefined);
}

export async function runSearch(
  term: string,
  filters: Record<string, string[]> = {},
  wanted: () => boolean = () => true,
): Promise<SearchOutcome | null> {
  const [pf, names] = await load();
  const suggester = () => {
    // Its code and its words, only now: a search that finds what it should never loads them.
    suggesting ??= Promise.all([import(/* @vite-ignore */ suggestModule), json<SearchWords>(files.words)]).then(([, words]) => {
      // The key under which suggest.ts hands over its class (importing the key would bundle the class here).
      const SuggesterClass = (globalThis as unknown as Record<symbol, typeof Suggester>)[Symbol.for('explainer:search-suggester')]!;
      return new SuggesterClass(words, names);
    });
    suggesting.catch(() => (suggesting = undefined));
    return suggesting;
  };
  return searchSite(pf, names, suggester, term, filters, wanted, base);
}
