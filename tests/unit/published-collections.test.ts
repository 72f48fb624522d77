import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { buildState } from '../../src/build-state.ts';
import { publishedCollections } from '../../src/loaders/published.ts';

/** A store like the content layer's: set() says whether the entry changed. */
function memoryStore(): DataStore {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  return {
    get: (key) => entries.get(key) as never,
    entries: () => [...entries] as never,
    values: () => [...entries.values()] as never,
    keys: () => [...entries.keys()],
    set: (entry) => {
      const same = JSON.stringify(entries.get(entry.id)?.data) === JSON.stringify(entry.data);
      entries.set(entry.id, entry);
      return !same;
    },
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    has: (key) => entries.has(key),
    addModuleImport: () => {},
  };
}

test('each collection’s store is published under its name as its loader fills it, and every change is counted', async () => {
  let later: (() => void) | undefined;
  const loader: Loader = {
    name: 'test',
    load: async ({ store }) => {
      store.set({ id: 'b', data: { n: 2 } });
      store.set({ id: 'a', data: { n: 1 } });
      // As a loader's file watcher would in `astro dev`, after load() has returned.
      later = () => store.set({ id: 'a', data: { n: 3 } });
    },
  };
  const { things } = publishedCollections({ things: { loader } });
  const store = memoryStore();
  await things.loader.load({ store, collection: 'things' } as unknown as LoaderContext);
  const published = buildState.collections.read();
  const before = published.changes;
  assert.deepEqual(published.stores.get('things')!.values().map((e) => e.id), ['b', 'a']);
  later!();
  assert.equal(published.changes, before + 1, 'a later change is counted');
  assert.equal(published.stores.get('things')!.get('a')?.data.n, 3, 'the published store is the live one');
  published.stores.get('things')!.set({ id: 'a', data: { n: 3 } });
  assert.equal(published.changes, before + 1, 'an entry stored again unchanged is not a change');
  published.stores.get('things')!.delete('b');
  published.stores.get('things')!.clear();
  assert.equal(published.changes, before + 3);
});
