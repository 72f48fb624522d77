/**
 * A Sätteri hast plugin for the footnote marks:
 * - references that follow one another ("…1979.[^a][^b]") become one superscript group, in ascending
 *   order and separated by commas ("1, 5"), rather than numbers that run together ("5 1" reads as 51);
 *   each reference keeps its own link, id and accessible name;
 * - a note cited several times links back to each place as "↑ a b c" rather than "↩ ↩² ↩³", each link
 *   keeping its accessible name ("Back to reference 1-2").
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';

/** A footnote reference as GFM writes it: <sup><a href="#user-content-fn-…">N</a></sup>. */
function referenceLink(node: ElementContent | undefined): Element | undefined {
  if (node?.type !== 'element' || node.tagName !== 'sup' || node.children.length !== 1) return undefined;
  const link = node.children[0]!;
  return link.type === 'element' && link.tagName === 'a' && /^#(?:.*-)?user-content-fn-/.test(String(link.properties?.href ?? '')) ? link : undefined;
}

/** A note's way back to a reference, as GFM writes it: <a href="#user-content-fnref-…">↩<sup>2</sup></a>. */
const isBackLink = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'a' && /^#(?:.*-)?user-content-fnref-/.test(String(node.properties?.href ?? ''));
const isSpace = (node: ElementContent | undefined) => node?.type === 'text' && node.value.trim() === '';
const letter = (i: number) => (i < 26 ? String.fromCharCode(97 + i) : String(i + 1));

const numberOf = (link: Element) => Number(link.children[0]?.type === 'text' ? link.children[0].value : NaN);

/** The back-links that end a note's paragraph: one stays "↑"; several become "↑ a b c". */
function compactBackLinks(p: Readonly<Element>, ctx: HastVisitorContext) {
  const children = p.children;
  let start = children.length;
  while (start > 0 && (isBackLink(children[start - 1]) || isSpace(children[start - 1]))) start--;
  const links = children.slice(start).filter(isBackLink);
  if (links.length === 0) return;
  const relabel = (link: Element, text: string): Element => ({ ...link, children: [{ type: 'text', value: text }] });
  const compact: ElementContent[] =
    links.length === 1
      ? [relabel(links[0]!, '↑')]
      : [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '↑' }] },
          ...links.flatMap((link, i): ElementContent[] => [{ type: 'text', value: ' ' }, relabel(link, letter(i))]),
        ];
  while (isSpace(children[start])) start++;
  for (let i = children.length - 1; i > start; i--) ctx.removeChildAt(p, i);
  ctx.replaceNode(children[start]!, compact);
}

export function groupCitations(): HastPluginEntry {
  return {
    name: 'group-citations',
    element: {
      // Where references stand: paragraphs, list items and table cells.
      filter: ['p', 'li', 'td', 'th'],
      visit(node, ctx) {
        const children = node.children;
        if (node.tagName === 'p') compactBackLinks(node, ctx);
        // From the last, so each index still points at the child it names.
        for (let end = children.length - 1; end > 0; end--) {
          if (!referenceLink(children[end]) || !referenceLink(children[end - 1])) continue;
          let start = end - 1;
          while (start > 0 && referenceLink(children[start - 1])) start--;
          const links = children.slice(start, end + 1).map((c) => referenceLink(c)!).sort((a, b) => numberOf(a) - numberOf(b));
          const group: Element = {
            type: 'element',
            tagName: 'sup',
            properties: {},
            children: links.flatMap((link, i): ElementContent[] => (i === 0 ? [link] : [{ type: 'text', value: ', ' }, link])),
          };
          for (let i = end; i > start; i--) ctx.removeChildAt(node, i);
          ctx.replaceNode(children[start]!, group);
          end = start;
        }
      },
    },
  };
}
