/**
 * The chapters, read by Astro's glob() loader, with each file's frontmatter parsed by coreFrontmatter
 * (src/lib/frontmatter.ts) so that dates stay as typed: glob() parses it with YAML's default schema,
 * which moves 2020-02-30 to 1 March without a word.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { coreFrontmatter } from '../lib/frontmatter.ts';
import { locate } from './locate.ts';

/** `pattern` may reach into sub-folders (the translations: "<lang>/chapters/<id>.mdx"); only the top level is read ahead. */
export function chapterFiles(folder: string, pattern = '*.mdx'): Loader {
  const loader = glob({ pattern, base: folder });
  return {
    ...loader,
    load: async (context) => {
      const root = context.config.root;
      // No folder (no translations yet): no entries, and no warning from glob() on every build.
      if (!existsSync(locate(folder, root).path)) {
        context.store.clear();
        return;
      }
      // Every file is read and its frontmatter parsed here, before glob() starts: Astro's own message for a
      // frontmatter syntax error is YAML jargon without advice. parseData then takes each file's data from
      // this map, by its path on disk.
      const frontmatter = new Map<string, unknown>();
      const names = await readdir(locate(folder, root).path).catch(() => []);
      for (const name of names.filter((n) => n.endsWith('.mdx'))) {
        const where = locate(`${folder}/${name}`, root);
        frontmatter.set(where.path, coreFrontmatter(await readFile(where.path, 'utf8'), where));
      }
      await loader.load({
        ...context,
        parseData: async (entry) => {
          if (!entry.filePath) return context.parseData(entry);
          const where = locate(entry.filePath, root);
          // Used once: a file edited while `astro dev` runs comes back here, and is read again.
          const data = frontmatter.has(where.path) ? frontmatter.get(where.path) : coreFrontmatter(await readFile(where.path, 'utf8'), where);
          frontmatter.delete(where.path);
          return context.parseData({ ...entry, data: data as typeof entry.data });
        },
      });
    },
  };
}
