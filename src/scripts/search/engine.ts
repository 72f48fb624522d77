/**
 * Loads Pagefind and the site's vocabulary on first use, together, and runs queries (src/lib/search-engine.ts).
 * The bundle only exists after `pagefind` has run over dist/, so it is imported at run time from the
 * site's own base path, never bundled.
 */
import { SEARCH_RANKING, searchSite, type PagefindSearch, type SearchOutcome } from '../../lib/search-engine.ts';
import { Vocabulary, type SearchVocabulary } from '../../lib/search-vocabulary.ts';
import { EDITIONS, searchVocabularyFile } from '../../site.ts';

export type { SearchOutcome };

interface Pagefind extends PagefindSearch {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
let loading: Promise<[Pagefind, Vocabulary]> | undefined;

function load(): Promise<[Pagefind, Vocabulary]> {
  const edition = EDITIONS.find((e) => e.lang === document.documentElement.lang) ?? EDITIONS[0];
  loading ??= Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      // noWorker: the index is small, so searching on the main thread is instant and saves the worker's download.
      await pf.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 24, noWorker: true, ranking: SEARCH_RANKING });
      await pf.init();
      await pf.filters(); // loads the filter index, without which searches report no counts
      return pf;
    }),
    fetch(`${base}${searchVocabularyFile(edition)}`)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
        return r.json() as Promise<SearchVocabulary>;
      })
      .then((v) => new Vocabulary(v)),
  ]);
  // A failed load is tried again on the next keystroke (the connection may be back).
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function runSearch(
  term: string,
  filters: Record<string, string[]> = {},
  wanted: () => boolean = () => true,
): Promise<SearchOutcome | null> {
  const [pf, vocabulary] = await load();
  return searchSite(pf, vocabulary, term, filters, wanted, base);
}
