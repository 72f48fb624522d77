/**
 * What one part of the build hands to another in memory, so that no input is read twice and nothing
 * goes down to a file in dist/ and back up:
 * - the content layer (src/content.config.ts, as its loaders finish) publishes the validated actors,
 *   terms and sources, which the Markdown plugins (src/markdown/) read when they transform a chapter: `astro build`
 *   and `astro dev` sync the content before they compile any chapter;
 * - the content layer also publishes every collection's store (src/loaders/published.ts), from which
 *   src/explainer.ts loads the explainer once per edition, and keeps it here for every part of the build;
 * - each edition's search page publishes its search records, which the search-index integration takes
 *   when the pages are written;
 * - each edition's "Read offline" page publishes its offline core, which the service-worker integration
 *   precaches;
 *
 * Why globalThis and not module state: `astro build` runs all of this in one Node process, but the
 * config (with its integrations and Markdown plugins), the content layer and the prerendered pages are
 * loaded as separate module instances, so a variable set in one copy of this module is not seen by the
 * others. A Symbol.for key is the same in all of them.
 */
import type { OfflineCore } from './lib/offline.ts';
import type { DataStore } from 'astro/loaders';
import type { Explainer } from './explainer.ts';
import type { LinkableActor } from './markdown/link-actors.ts';
import type { CitableSource } from './markdown/link-citations.ts';
import type { LinkableTerm } from './markdown/link-terms.ts';
import type { Edition } from './site.ts';
import type { SearchSynonym } from './lib/search-spellings.ts';
import type { SearchNames, SearchWords } from './lib/search-vocabulary.ts';
import type { SearchRecord } from './views/search-records.ts';

/** One value, under its own global key; `read` fails with `missing` when nothing was published. */
function slot<T>(name: string, missing: string) {
  const key = Symbol.for(`explainer:${name}`);
  const global = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    publish(value: T): void {
      global[key] = value;
    },
    read(): T {
      const value = global[key];
      if (value === undefined) throw new Error(missing);
      return value;
    },
    /** The value, or undefined while none is published. */
    peek(): T | undefined {
      return global[key];
    },
  };
}

/** Every collection's store by the collection's name, and how many times any of them has changed. */
export interface CollectionStores {
  stores: Map<string, DataStore>;
  changes: number;
}

export const buildState = {
  /** The actors whose first mention in a chapter links to the who's who, from content/actors.yaml. */
  actors: slot<readonly LinkableActor[]>(
    'linkable-actors',
    'The chapters were compiled before the content layer loaded actors.yaml (src/content.config.ts publishes them).',
  ),
  /** The glossary's terms, whose first use in a chapter links to the glossary, from content/glossary.yaml. */
  terms: slot<readonly LinkableTerm[]>(
    'linkable-terms',
    'The chapters were compiled before the content layer loaded glossary.yaml (src/content.config.ts publishes them).',
  ),
  /** The bibliography, for linking each footnote's headline to its source, from content/sources.csv. */
  sources: slot<readonly CitableSource[]>(
    'citable-sources',
    'The chapters were compiled before the content layer loaded sources.csv (src/content.config.ts publishes them).',
  ),
  /**
   * The ids of content/commitments.yaml in file order: the content store returns entries sorted by id, and
   * the tracker shows each topic's promises in the order the writer gave them.
   */
  commitmentOrder: slot<readonly string[]>(
    'commitment-order',
    'The pages were built before the content layer loaded commitments.yaml (src/content.config.ts publishes its order).',
  ),
  /** The ids of content/about.yaml in file order: the page's sections, in the order the writer gave them. */
  aboutOrder: slot<readonly string[]>(
    'about-order',
    'The pages were built before the content layer loaded about.yaml (src/content.config.ts publishes its order).',
  ),
  /** How many publishers and domains content/source-policy.yaml refuses, for the about page. */
  sourcePolicySize: slot<number>(
    'source-policy-size',
    'The pages were built before the content layer read source-policy.yaml (src/loaders/source-policy.ts publishes its size).',
  ),
  /** One edition's search records (timeline events, who's-who entries), published by its search page. */
  searchRecordsOf: (edition: Edition) =>
    slot<readonly SearchRecord[]>(
      `search-records:${edition.id}`,
      `No search records arrived for the edition "${edition.id}": its search page (src/pages/[...edition]/search.astro) publishes them while it is prerendered.`,
    ),
  /** One edition's search vocabulary and other spellings (for the chapters' pages), published with its records. */
  searchWordsOf: (edition: Edition) =>
    slot<{ vocabulary: { names: SearchNames; words: SearchWords }; synonyms: readonly SearchSynonym[] }>(
      `search-words:${edition.id}`,
      `No search vocabulary arrived for the edition "${edition.id}": its search page (src/pages/[...edition]/search.astro) publishes it while it is prerendered.`,
    ),
  /** Each collection's entries, as its loader stored them (src/loaders/published.ts). */
  collections: slot<CollectionStores>(
    'collection-stores',
    'The explainer was loaded before the content layer ran its loaders (src/content.config.ts publishes their stores).',
  ),
  /** Each edition's explainer once loaded, and the count of content changes it was loaded after (src/explainer.ts). */
  explainers: slot<{ changes: number; editions: Map<string, Promise<Explainer>> }>(
    'explainers',
    'No explainer loaded yet (src/explainer.ts).',
  ),
  /** One edition's offline core (src/lib/offline.ts), published by its "Read offline" page. */
  offlineCoreOf: (edition: Edition) =>
    slot<OfflineCore>(
      `offline-core:${edition.id}`,
      `No offline core arrived for the edition "${edition.id}": its "Read offline" page (src/pages/[...edition]/offline.astro) publishes it while it is prerendered.`,
    ),
};
