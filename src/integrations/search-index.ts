/**
 * After `astro build`, indexes the site with Pagefind's Node API: every page marked data-pagefind-body
 * (the chapters), plus one record per timeline event and per person or group. Only the files the site
 * uses are written: not Pagefind's prebuilt UIs.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isUsedSearchFile, type SearchRecord } from '../lib/search-records.ts';

const RECORDS_FILE = 'search-records.json';

export default function searchIndex(options: { language: string }): AstroIntegration {
  return {
    name: 'explainer:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
        };
        const { index, errors } = await pagefind.createIndex({
          forceLanguage: options.language,
          // Footnote text and their reference numbers are citations, not prose: they would crowd excerpts.
          excludeSelectors: ['section.footnotes', 'sup'],
        });
        if (!index) return fail('start', errors);
        try {
          const pages = await index.addDirectory({ path: site });
          if (pages.errors.length) fail('index the pages', pages.errors);
          const recordsPath = join(site, RECORDS_FILE);
          const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
          for (const record of records) {
            const added = await index.addCustomRecord({ ...record, language: options.language });
            if (added.errors.length) fail(`index ${record.url}`, added.errors);
          }
          await rm(recordsPath);
          const { files, errors: writeErrors } = await index.getFiles();
          if (writeErrors.length) fail('write the index', writeErrors);
          const used = files.filter((f) => isUsedSearchFile(f.path));
          for (const file of used) {
            const target = join(site, 'pagefind', file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
          }
          logger.info(`Read ${pages.page_count} pages, added ${records.length} timeline and who’s-who entries, wrote ${used.length} files.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
