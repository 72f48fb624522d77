/**
 * A YAML or CSV file holding a list of entries with unique ids. Unlike Astro's file() loader, which logs
 * a syntax error or a missing id and carries on with what it could read, this stops the build
 * (src/lib/data-files.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { SETTINGS } from '../settings.ts';
import { ContentError, type ContentFile } from '../lib/content-errors.ts';
import { entriesById, type DataEntry } from '../lib/data-files.ts';
import { locate } from './locate.ts';
import { checkApostrophes } from '../lib/apostrophes.ts';

export interface DataFileOptions {
  /** Checks across the whole file, run before any entry is stored; a problem stops the build. */
  checkAll?: (entries: DataEntry[], where: ContentFile, root: URL) => Promise<void>;
  /** Receives the validated entries after each load, to hand them to the Markdown pipeline (src/build-state.ts). */
  loaded?: (entries: DataEntry[]) => void;
  /** A file that may be absent (content/translations/names.yaml before the translations arrive): no entries then. */
  optional?: boolean;
}

/** `name` is the file's name in the content folder (SETTINGS.contentDir). */
export function dataFile(name: string, parse: (text: string, where: ContentFile) => unknown, options: DataFileOptions = {}): Loader {
  return {
    name: 'explainer-data-file',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const where = locate(`${SETTINGS.contentDir}/${name}`, config.root);
      const sync = async () => {
        const text = await readFile(where.path, 'utf8').catch(() => {
          if (options.optional) return undefined;
          throw new ContentError(`${where.file} is missing: the explainer needs this file`);
        });
        if (text === undefined) {
          store.clear();
          return;
        }
        const entries = entriesById(parse(text, where), where);
        // YAML data is shown as written (chapter prose is curled by the Markdown pipeline); sources.csv holds
        // headlines as their publishers wrote them.
        if (name.endsWith('.yaml')) checkApostrophes(text, where);
        await options.checkAll?.(entries, where, config.root);
        const parsed: DataEntry[] = [];
        for (const { id, data } of entries) parsed.push({ id, data: await parseData({ id, data, filePath: where.path }) });
        store.clear();
        for (const { id, data } of parsed) store.set({ id, data, filePath: where.file });
        options.loaded?.(parsed);
      };
      await sync();
      // In `astro dev`, pick up edits as file() does.
      watcher?.add(where.path);
      watcher?.on('change', (changed) => {
        if (changed === where.path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
