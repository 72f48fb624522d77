/**
 * A chapter's footnotes and its frontmatter `sources` list must agree: every footnote cites a listed
 * source (by id) and every listed source is cited, so the Sources section never lists an unused source.
 */

/** Footnote labels defined in a Markdown body ("[^crs21]: …"), in order of definition. */
export function footnoteLabels(markdown: string): string[] {
  return [...markdown.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]!);
}

/** Footnote labels referenced in the text ("…[^crs21]"), without duplicates, in order of first use. */
export function citedLabels(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]!))];
}

export function citationProblems(file: string, markdown: string, sourceIds: readonly string[]): string[] {
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
  return problems;
}
