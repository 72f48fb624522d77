/**
 * The translations of one data file, content/translations/<lang>/<name>, for every edition that has one.
 * Each entry is stored as "<lang>/<id>" (its own fields keep the English id), with its file as filePath,
 * so that a schema error names the file, the entry and the field. A missing file is no error: the
 * edition then shows the English entries, marked as such (src/explainer.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { SETTINGS } from '../settings.ts';
import { ContentError } from '../lib/content-errors.ts';
import { entriesById, parseYamlList } from '../lib/data-files.ts';
import { EDITIONS, DEFAULT_EDITION } from '../site.ts';
import { locate } from './locate.ts';

export const TRANSLATIONS_DIR = 'translations';

/** The edition ids that may have a translations folder. */
export const TRANSLATED_EDITIONS: readonly string[] = EDITIONS.filter((e) => e.id !== DEFAULT_EDITION.id).map((e) => e.id);

/** The language folders under content/translations/, each checked against EDITIONS. */
export async function translationFolders(root: URL): Promise<string[]> {
  const where = locate(`${SETTINGS.contentDir}/${TRANSLATIONS_DIR}`, root);
  const names = await readdir(where.path, { withFileTypes: true }).catch(() => []);
  const folders = names.filter((n) => n.isDirectory()).map((n) => n.name).sort();
  for (const name of folders) {
    if (!TRANSLATED_EDITIONS.includes(name)) {
      throw new ContentError(`${where.file}/${name}: no edition is called "${name}"; the translation folders are: ${TRANSLATED_EDITIONS.join(', ')}`);
    }
  }
  return folders;
}

export function translationFiles(name: string): Loader {
  return {
    name: 'explainer-translation-files',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const watched: string[] = [];
      const sync = async () => {
        const stored: { id: string; data: Record<string, unknown>; filePath: string }[] = [];
        for (const lang of await translationFolders(config.root)) {
          const where = locate(`${SETTINGS.contentDir}/${TRANSLATIONS_DIR}/${lang}/${name}`, config.root);
          if (!watched.includes(where.path)) watched.push(where.path);
          const text = await readFile(where.path, 'utf8').catch(() => undefined);
          if (text === undefined) continue;
          for (const { id, data } of entriesById(parseYamlList(text, where), where)) {
            const key = `${lang}/${id}`;
            stored.push({ id: key, data: await parseData({ id: key, data, filePath: where.path }), filePath: where.file });
          }
        }
        store.clear();
        for (const entry of stored) store.set(entry);
      };
      await sync();
      for (const path of watched) watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (watched.includes(changed)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
