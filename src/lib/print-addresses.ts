/**
 * The print page prints the address of each external link after it, but only the first time: the same
 * source cited in several chapters, the timeline and the who's who would otherwise repeat its address on
 * every page. The first link to each address gets `data-address`, the address as a reader types it (no
 * "https://", no "www."), which the print stylesheet shows; later links to it get nothing. Works on
 * Astro's rendered output, whose attributes are always double-quoted.
 */
export function markPrintedAddresses(html: string): string {
  const seen = new Set<string>();
  return html.replace(/<a\s[^>]*\bhref="(https?:[^"]*)"[^>]*>/g, (tag, href: string) => {
    if (seen.has(href)) return tag;
    seen.add(href);
    return tag.replace(/^<a\s/, `<a data-address="${href.replace(/^https?:\/\/(?:www\.)?/, '')}" `);
  });
}
