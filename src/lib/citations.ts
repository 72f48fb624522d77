/**
 * A chapter's footnotes and its frontmatter `sources` list must agree: every footnote cites a listed
 * source (by id) and every listed source is cited, so the Sources section never lists an unused source.
 */

/** A footnote definition line ("[^crs21]: …") and a footnote reference ("…[^crs21]"). */
const DEFINITION = /^\[\^([^\]]+)\]:.*$/gm;
const REFERENCE = /\[\^([^\]]+)\](?!:)/g;

/** Footnote labels defined in a Markdown body ("[^crs21]: …"), in order of definition. */
export function footnoteLabels(markdown: string): string[] {
  return [...markdown.matchAll(DEFINITION)].map((m) => m[1]!);
}

/** Footnote labels referenced in the text ("…[^crs21]"), without duplicates, in order of first use. */
export function citedLabels(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(REFERENCE)].map((m) => m[1]!))];
}

/** Text compared loosely: case, curly quotes, Markdown emphasis, links and spacing don't count. */
export const loose = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

/** What each footnote says, by label ("[^crs21]: CRS, *Afghanistan…*" → "CRS, *Afghanistan…*"). */
export function footnoteTexts(markdown: string): Map<string, string> {
  return new Map([...markdown.matchAll(/^\[\^([^\]]+)\]:[ \t]*(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Footnotes and sources must agree. With `titleOf`, each footnote must also quote its source's own headline,
 * as sources.csv has it, so that a footnote can't describe a source in words of its own.
 */
export function citationProblems(
  file: string,
  markdown: string,
  sourceIds: readonly string[],
  titleOf?: (id: string) => string | undefined,
): string[] {
  const listed = new Set(sourceIds);
  const defined = footnoteLabels(markdown);
  const cited = new Set(citedLabels(markdown));
  const problems: string[] = [];
  for (const label of defined) {
    if (!listed.has(label)) problems.push(`${file}: footnote [^${label}] cites a source that is not in the frontmatter field "sources"`);
    if (!cited.has(label)) problems.push(`${file}: footnote [^${label}] is defined but never cited in the text`);
  }
  for (const label of cited) {
    if (!defined.includes(label)) problems.push(`${file}: the text cites [^${label}], but no footnote "[^${label}]: …" defines it`);
  }
  for (const id of sourceIds) {
    if (!cited.has(id)) problems.push(`${file}: field "sources" lists "${id}", but no footnote [^${id}] cites it`);
  }
  if (titleOf) {
    for (const [label, text] of footnoteTexts(markdown)) {
      const title = titleOf(label);
      if (title && !loose(text).includes(loose(title))) {
        problems.push(`${file}: footnote [^${label}] should give the source's headline as sources.csv has it, "${title}"; it says "${text}"`);
      }
    }
  }
  return problems;
}

/**
 * The groups of footnotes that cite one claim in a chapter: markers written side by side ("…[^a][^b]"),
 * each with the words just before it, so a message can point a writer to the sentence. A group is one
 * fact for the state-media rule.
 */
export function citationGroups(markdown: string): { context: string; ids: string[] }[] {
  const prose = markdown.replace(DEFINITION, '');
  return [...prose.matchAll(new RegExp(`(?:${REFERENCE.source})+`, 'g'))].map((m) => {
    const before = prose.slice(Math.max(0, m.index - 60), m.index).replace(REFERENCE, '').replace(/\s+/g, ' ').trim();
    return { context: `…${before}`, ids: [...m[0].matchAll(REFERENCE)].map((g) => g[1]!) };
  });
}
