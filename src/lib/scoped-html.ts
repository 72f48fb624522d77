/**
 * Rewrites rendered HTML so that several documents can share one page (the print page): every id a
 * fragment defines gets a prefix, together with the links and ARIA references to it, and its headings
 * move down a level. A page can also place something after a text's opening paragraph (splitAfterOpening). Works on Astro's rendered output, whose attributes are
 * always double-quoted and whose text never contains a raw "<".
 */
import { safeDecode } from './safe-decode.ts';

/** Attributes whose value is a space-separated list of ids. */
const ID_REFERENCES = ['for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto'];
const ID_REFERENCE_ATTR = new RegExp(`(\\s(?:${ID_REFERENCES.join('|')})=")([^"]*)"`, 'g');

/** Prefixes the ids defined in `html` ("fn-1" → "round-one-fn-1") and every href="#…" or ARIA reference to them. */
export function scopeIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
  const scoped = (id: string) => `${prefix}-${id}`;
  return html
    .replace(/(\sid=")([^"]*)"/g, (_, head: string, id: string) => `${head}${scoped(id)}"`)
    .replace(ID_REFERENCE_ATTR, (_, head: string, list: string) =>
      `${head}${list.split(/\s+/).map((id) => (ids.has(id) ? scoped(id) : id)).join(' ')}"`)
    .replace(/(\shref="#)([^"]*)"/g, (whole, head: string, target: string) =>
      ids.has(target) || ids.has(safeDecode(target)) ? `${head}${scoped(safeDecode(target))}"` : whole);
}

/** Moves every heading down `levels` levels (h2 → h3 for 1), never below h6. */
export function demoteHeadings(html: string, levels: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>/])/gi, (_, slash: string, level: string) =>
    `<${slash}h${Math.min(6, Number(level) + levels)}`);
}

/**
 * Adds a heading to the accessible name of every labelled <section> (a region landmark), so that
 * fragments repeating "Sources" or "Key numbers" give distinct landmarks: "Sources, <chapter title>".
 */
export function qualifyRegionNames(html: string, headingId: string): string {
  return html.replace(/(<section\b[^>]*\saria-labelledby=")([^"]*)"/g, (_, head: string, list: string) => `${head}${list} ${headingId}"`);
}

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Splits `html` after its first top-level paragraph (one not inside another element), for what a page
 * places after a text's opening. Without such a paragraph, everything comes before the split.
 */
export function splitAfterOpening(html: string): [string, string] {
  let depth = 0;
  let opening = false;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [whole, closing, name, selfClosing] = tag;
    const element = name!.toLowerCase();
    if (VOID.has(element) || selfClosing) continue;
    if (closing) {
      depth--;
      if (depth === 0 && opening && element === 'p') {
        const end = tag.index + whole.length;
        return [html.slice(0, end), html.slice(end)];
      }
    } else {
      if (depth === 0) opening = element === 'p';
      depth++;
    }
  }
  return [html, ''];
}
