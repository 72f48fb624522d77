/** Reading time from a chapter's Markdown source, for "8 min read". */

const WORDS_PER_MINUTE = 220;

/** A chapter's prose as Markdown text, leaving out frontmatter, footnote definitions, footnote marks, table rules and components. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/^\s*\|?[\s:|-]+\|?\s*$/gm, '');
}

/** Words of prose (proseOf). */
export function countWords(markdown: string): number {
  return proseOf(markdown).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/** Worked out once a chapter, though each edition's page for it and the home page ask. */
const minutes = new Map<string, number>();
export function readingMinutes(markdown: string): number {
  let m = minutes.get(markdown);
  if (m === undefined) minutes.set(markdown, (m = Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE))));
  return m;
}
