/**
 * Text with links and counts, as a data file writes it (content/about.yaml): `[the glossary](glossary)` links
 * a site page by its name in src/site.ts (PAGE_LINKS), `[Natural Earth](https://www.naturalearthdata.com/)`
 * another site; `{policy}` is a count the build fills in (ABOUT_COUNTS), so no figure goes stale in the text.
 * Pure: the schema checks the form, the view turns it into links.
 */

export type InlinePart = string | { link: string; target: string } | { count: string };

const PART = /\[([^\[\]{}()]+)\]\(([^()\s]+)\)|\{([a-z]+)\}/g;
const STRAY = /[\[\]{}]|\]\(/;
const EXTERNAL = /^https:\/\/[^\s/]+\.[^\s]+$/;

/** The text's parts in reading order: plain text, links and counts. */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let at = 0;
  for (const m of text.matchAll(PART)) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push(m[3] ? { count: m[3] } : { link: m[1]!, target: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** What is wrong with the text's links and counts, in words for a writer; empty when nothing is. */
export function inlineProblems(text: string, pages: readonly string[], counts: readonly string[]): string[] {
  const problems: string[] = [];
  for (const part of inlineParts(text)) {
    if (typeof part === 'string') {
      if (STRAY.test(part)) problems.push(`a bracket out of place in "${part.trim()}": a link is its text in square brackets with the page right after in round ones, a count a name in curly brackets`);
    } else if ('count' in part) {
      if (!counts.includes(part.count)) problems.push(`no count is called {${part.count}}; the counts are: ${counts.map((c) => `{${c}}`).join(', ')}`);
    } else if (!pages.includes(part.target) && !EXTERNAL.test(part.target)) {
      problems.push(`the link "${part.link}" goes to "${part.target}", which is no page: give one of ${pages.join(', ')}, or an address starting with https://`);
    }
  }
  return problems;
}

/** The links' targets and the counts, in order: a translation must keep the English text's. */
export const inlineSkeleton = (text: string): string[] =>
  inlineParts(text).flatMap((p) => (typeof p === 'string' ? [] : 'count' in p ? [`{${p.count}}`] : [`(${p.target})`]));
