/**
 * The golden sets, one per edition (golden.yaml for English, golden.<edition>.yaml for the others), each run
 * against its edition's own index in Node: Pagefind's own pagefind.js and wasm from dist/pagefind, its files
 * read from disk, and the site's query code (src/lib/search-engine.ts), folding queries as the edition's
 * search page does. The same index and the same queries always give the same ranks. Used by golden.test.ts
 * and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { SEARCH_RANKING, searchSite, type PagefindSearch } from '../../src/lib/search-engine.ts';
import type { SearchHit } from '../../src/lib/search.ts';
import { Suggester } from '../../src/lib/search-suggest.ts';
import { QueryNames, type SearchNames, type SearchWords } from '../../src/lib/search-vocabulary.ts';
import { queryFormOf } from '../../src/lib/search-text.ts';
import { EDITIONS, searchVocabularyFiles, type Edition } from '../../src/site.ts';
import { DIST, ROOT } from '../support/project.ts';

export interface GoldenQuery {
  query: string;
  /** What kind of query it is (name, misspelling, spelling, date, number, event, place, concept, term, noise). */
  kind: string;
  /** The answers that belong in the top three, the best first: site paths, with an anchor for an entry or section. */
  expect: string[];
  /** For a misspelling: the suggestion the reader is offered, whose results are then ranked. */
  suggests?: string;
}

/** An edition's golden set: golden.yaml for the default edition, golden.<id>.yaml for the others. */
export function goldenSet(edition: Edition): GoldenQuery[] {
  const file = edition.id === EDITIONS[0].id ? 'golden.yaml' : `golden.${edition.id}.yaml`;
  return yaml.load(readFileSync(join(ROOT, 'tests/search', file), 'utf8')) as GoldenQuery[];
}

export const GOLDEN: GoldenQuery[] = goldenSet(EDITIONS[0]);

const ORIGIN = 'http://golden.invalid/';

/**
 * Pagefind, loaded from dist/ in this process: its fetches are answered from the built files. It picks its
 * index by the page's <html lang>, so it is shown a document of the edition's language while it starts;
 * each edition gets its own copy of the module (Pagefind keeps one instance per module).
 */
async function loadPagefind(dist: string, edition: Edition): Promise<PagefindSearch> {
  globalThis.fetch = (async (url: string | URL) => new Response(await readFile(join(dist, new URL(url, ORIGIN).pathname)))) as typeof fetch;
  const page = { currentScript: null, querySelector: () => ({ getAttribute: () => edition.lang }) };
  Object.defineProperty(globalThis, 'document', { value: page, configurable: true });
  try {
    const pf = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?edition=${edition.id}`)) as PagefindSearch & {
      options(o: object): Promise<void>;
      init(): Promise<void>;
      filters(): Promise<unknown>;
    };
    await pf.options({ basePath: `${ORIGIN}pagefind/`, baseUrl: '/', noWorker: true, excerptLength: 24, ranking: SEARCH_RANKING });
    await pf.init();
    await pf.filters();
    return pf;
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
}

/** Every address a hit answers with: its own and its sections', without the highlight parameter. */
const addresses = (hit: SearchHit) => [hit.url, ...hit.sections.map((s) => s.url)].map((u) => u.replace(/\?[^#]*/, ''));

export interface GoldenResult extends GoldenQuery {
  /** The top three, as addresses. */
  top: string[][];
  suggestion?: string;
  /** Share of the expected answers found in the top three. */
  precision: number;
  /** 1 / the rank of the best expected answer (0 when it is not in the first page). */
  reciprocalRank: number;
}

/** An edition's golden set against its own index (the default edition's unless told). */
export async function runGolden(dist = DIST, edition: Edition = EDITIONS[0]): Promise<GoldenResult[]> {
  const ownFetch = globalThis.fetch;
  try {
    return await rank(await loadPagefind(dist, edition), dist, edition);
  } finally {
    globalThis.fetch = ownFetch;
  }
}

async function rank(pf: PagefindSearch, dist: string, edition: Edition): Promise<GoldenResult[]> {
  const files = searchVocabularyFiles(edition);
  const read = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
  const names = new QueryNames(read<SearchNames>(files.names), queryFormOf(edition.lang));
  const suggester = new Suggester(read<SearchWords>(files.words), names);
  const search = (query: string) => searchSite(pf, names, async () => suggester, query);
  const results: GoldenResult[] = [];
  for (const golden of goldenSet(edition)) {
    let outcome = (await search(golden.query))!;
    // The reader follows "Did you mean …?" when the query found nothing.
    const suggestion = outcome.total === 0 ? outcome.suggestions[0]?.text : undefined;
    if (suggestion) outcome = (await search(suggestion))!;
    const ranked = outcome.hits.map(addresses);
    const rank = (answer: string) => ranked.findIndex((a) => a.includes(answer)) + 1;
    const top = ranked.slice(0, 3);
    const found = golden.expect.filter((e) => top.some((a) => a.includes(e))).length;
    const best = golden.expect[0] ? rank(golden.expect[0]) : 0;
    results.push({
      ...golden,
      top,
      ...(suggestion ? { suggestion } : {}),
      precision: golden.expect.length === 0 ? (outcome.total === 0 ? 1 : 0) : found / golden.expect.length,
      reciprocalRank: golden.expect.length === 0 ? (outcome.total === 0 ? 1 : 0) : best > 0 ? 1 / best : 0,
    });
  }
  return results;
}

/** Mean precision at 3 and mean reciprocal rank over a run. */
export function summarise(results: readonly GoldenResult[]): { queries: number; precisionAt3: number; mrr: number } {
  const mean = (f: (r: GoldenResult) => number) => results.reduce((n, r) => n + f(r), 0) / results.length;
  return { queries: results.length, precisionAt3: mean((r) => r.precision), mrr: mean((r) => r.reciprocalRank) };
}
