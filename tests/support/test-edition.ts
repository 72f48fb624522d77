/**
 * A test edition in a temporary copy of the project (tests/fixtures/test-edition/): its strings table
 * registered, and translated chapters made from the English ones, so a build makes the edition and runs
 * the translation checks. Never used on the real checkout.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The English-only frontmatter fields, which a translation leaves out. */
const ENGLISH_ONLY = new Set(['order', 'period', 'asOf', 'updated', 'postscriptWritten', 'sources']);

/**
 * The test table: the English strings, standing in for a translated table in the copy only, with a few
 * keys in Dari so that the tests can tell the edition's table is the one used.
 */
const TEST_STRINGS = `/** TEST EDITION ONLY (tests/fixtures/test-edition/README.md): the English strings in a temporary copy. */
import en from '../en/index.ts';

export default {
  ...en,
  chapter: { ...en.chapter, sources: 'منابع', headingLink: (heading: string) => \`پیوند به این بخش: \${heading}\` },
  editions: { ...en.editions, label: 'زبان‌های دیگر' },
};
`;

/**
 * Registers the test strings table for `lang` (an edition id of src/site.ts) in the copy at `root`, in place
 * of the edition's real translations, which the copy drops so that the tests know what is translated.
 */
export function registerTestStrings(root: string, lang: string): void {
  rmSync(join(root, 'content/translations', lang), { recursive: true, force: true });
  mkdirSync(join(root, 'src/i18n', lang), { recursive: true });
  writeFileSync(join(root, 'src/i18n', lang, 'index.ts'), TEST_STRINGS);
  const index = join(root, 'src/i18n/index.ts');
  const text = readFileSync(index, 'utf8');
  const tables = /const TABLES: Record<string, Strings> = \{([^}]*)\}/.exec(text);
  if (!tables) throw new Error('fixture: src/i18n/index.ts no longer registers its tables as the test edition expects');
  // A switched-on edition is registered already: its table file, replaced above, is the test one.
  if (tables[1]!.split(',').some((id) => id.trim() === lang)) return;
  const registered = text
    .replace("import en from './en/index.ts';", `import en from './en/index.ts';\nimport ${lang} from './${lang}/index.ts';`)
    .replace('const TABLES: Record<string, Strings> = { en', `const TABLES: Record<string, Strings> = { en, ${lang}`);
  writeFileSync(index, registered);
}

/** The path of a chapter's translation in the copy. */
export const translatedChapter = (root: string, lang: string, id: string) => join(root, 'content/translations', lang, 'chapters', `${id}.mdx`);

/**
 * Writes a "translation" of each English chapter `ids` into the copy: the English text fields and body,
 * with translationOf naming the English file and its sha256. Returns the paths written.
 */
export function writeTestChapters(root: string, lang: string, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const englishFile = `content/chapters/${id}.mdx`;
    const english = readFileSync(join(root, englishFile), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(english) ?? [];
    let skipping = false;
    const kept = frontmatter.split('\n').filter((line) => {
      const key = /^([A-Za-z]+):/.exec(line)?.[1];
      if (key) skipping = ENGLISH_ONLY.has(key);
      return !skipping;
    });
    const sha = createHash('sha256').update(english).digest('hex').slice(0, 16);
    const translationOf = ['translationOf:', `  file: ${englishFile}`, `  sha256: "${sha}"`, '  date: 2026-12-02'];
    const file = translatedChapter(root, lang, id);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `---\n${[...translationOf, ...kept].join('\n')}\n---\n${body}`);
    return file;
  });
}
