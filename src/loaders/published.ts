/**
 * Hands every collection's entries to the rest of the build as its loader stores them (src/build-state.ts),
 * so that the explainer can be loaded outside the prerendered pages as well: `astro build` loads it before
 * the chapters are compiled, to draw the share cards on the core the compiling thread leaves idle
 * (src/integrations/share-cards.ts). Each store is handed over live, with a count of its changes, so that
 * in `astro dev` an edited file is seen by the next page.
 */
import type { DataStore, Loader } from 'astro/loaders';
import { buildState, type CollectionStores } from '../build-state.ts';

/** The published stores, made on first use. */
function stores(): CollectionStores {
  let published = buildState.collections.peek();
  if (!published) buildState.collections.publish((published = { stores: new Map(), changes: 0 }));
  return published;
}

/** `store`, counting each change in `published.changes`. */
function counted(store: DataStore, published: CollectionStores): DataStore {
  return {
    ...store,
    set: (entry) => {
      const changed = store.set(entry);
      if (changed) published.changes++;
      return changed;
    },
    delete: (key) => {
      published.changes++;
      store.delete(key);
    },
    clear: () => {
      published.changes++;
      store.clear();
    },
  };
}

/** The collections, each with its loader (an object loader, as all of this site's are) wrapped to publish its store under the collection's name. */
export function publishedCollections<T extends Record<string, object>>(collections: T): T {
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => {
      const { loader } = collection as { loader?: Loader };
      if (typeof loader?.load !== 'function') throw new Error(`src/content.config.ts → collection "${name}": its loader must be an object with load() for src/loaders/published.ts to publish its store`);
      const load: Loader['load'] = async (context) => {
        const published = stores();
        const store = counted(context.store, published);
        published.stores.set(name, store);
        published.changes++;
        await loader.load({ ...context, store });
      };
      return [name, { ...collection, loader: { ...loader, load } }];
    }),
  ) as T;
}
