/**
 * Astro reads MDX frontmatter with YAML's default schema, which turns an unquoted `asOf: 2020-02-30`
 * into 1 March 2020 without a word. Reading the same block (found by Astro's own extractFrontmatter)
 * with the core schema, as the YAML data files are read, keeps every date as the text the writer
 * typed, so the schema's date check sees 2020-02-30 and rejects it.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { yamlSyntaxError, type ContentFile } from './content-errors.ts';

/**
 * The frontmatter of an MDX or Markdown file as plain data, dates left as text; {} when there is none.
 * A syntax error names the file and its line, in words a writer can act on.
 */
export function coreFrontmatter(code: string, where: ContentFile): unknown {
  const raw = extractFrontmatter(code);
  if (raw === undefined) return {};
  try {
    return yaml.load(raw, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (error instanceof yaml.YAMLException) throw yamlSyntaxError(error, where);
    throw error;
  }
}
