/** Reading time from a chapter's Markdown source, for "8 min read". */

const WORDS_PER_MINUTE = 220;

/** Words of prose, leaving out frontmatter, footnote definitions, table rules and markup. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/^\s*\|?[\s:|-]+\|?\s*$/gm, '');
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
