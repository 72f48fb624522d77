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

export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
