/**
 * A Sätteri hast plugin for the footnote marks:
 * - references that follow one another ("…1979.[^a][^b]"), wherever they stand, become one superscript
 *   group, in ascending order and separated by commas ("1, 5"), rather than numbers that run together
 *   ("5 1" reads as 51); each reference keeps its own link, id and accessible name;
 * - a note cited several times links back to each place as "↑ a b c" rather than "↩ ↩² ↩³", each link
 *   keeping its accessible name ("Back to reference 1-2").
 * It reads only the marks, the links and where they stand in the source, never a paragraph's children:
 * reading those makes Sätteri copy the chapter's whole tree into JavaScript, which took a quarter of a
 * chapter's compile. Elements arrive in document order, so marks side by side arrive one after the other.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { FOOTNOTE_ID } from './link-citations.ts';

/** GFM's footnote links: a reference's to its note, and a note's ways back to each reference. */
const REFERENCE = /^#(?:.*-)?user-content-fn-/;
const BACK_LINK = /^#(?:.*-)?user-content-fnref-/;
const letter = (i: number) => (i < 26 ? String.fromCharCode(97 + i) : String(i + 1));
/** The link with new text, as a new element: its properties (already read) and nothing of its old children. */
const relabel = (link: Element, text: string): Element => ({ type: 'element', tagName: 'a', properties: link.properties, children: [{ type: 'text', value: text }] });

interface Mark {
  sup: Element;
  link: Element;
  n: number;
}

export function groupCitations(): HastPluginEntry {
  return () => {
    /** A superscript that may be a reference (<sup><a href="#user-content-fn-…">N</a></sup>): its link is the next element. */
    let sup: Element | undefined;
    /** The references side by side so far, and where in the chapter's source the last one ends. */
    let run: { end: number; marks: Mark[] } | undefined;
    /** How many references point to each note ("#user-content-fn-a" → 3): how many ways back it has. */
    const cited = new Map<string, number>();
    /** The note being visited: its ways back, and how many of them came already. */
    let note: { backLinks: number; seen: number } | undefined;

    const endRun = (ctx: HastVisitorContext) => {
      if (run && run.marks.length > 1) {
        const links = [...run.marks].sort((a, b) => a.n - b.n).map((m) => m.link);
        const group: Element = {
          type: 'element',
          tagName: 'sup',
          properties: {},
          children: links.flatMap((link, i): ElementContent[] => (i === 0 ? [link] : [{ type: 'text', value: ', ' }, link])),
        };
        ctx.replaceNode(run.marks[0]!.sup, group);
        for (const { sup: other } of run.marks.slice(1)) ctx.removeNode(other);
      }
      run = undefined;
    };

    /** A reference's link: it joins the run when its mark starts where the last one ended, with nothing between. */
    const reference = (link: Element, ctx: HastVisitorContext) => {
      const at = link.position;
      if (!sup || !at || sup.position?.start.offset !== at.start.offset) return;
      const href = String(link.properties.href);
      cited.set(href, (cited.get(href) ?? 0) + 1);
      const mark = { sup, link, n: Number(ctx.textContent(link)) };
      sup = undefined;
      const end = at.end.offset!;
      if (run && run.end === at.start.offset) {
        run.marks.push(mark);
        run.end = end;
      } else {
        endRun(ctx);
        run = { end, marks: [mark] };
      }
    };

    /** One way back stays "↑"; several become "↑ a b c", keeping the spaces GFM puts between them. */
    const backLink = (link: Element, ctx: HastVisitorContext) => {
      if (!note) return;
      const i = note.seen++;
      if (note.backLinks <= 1) return ctx.replaceNode(link, relabel(link, '↑'));
      const marked = relabel(link, letter(i));
      ctx.replaceNode(link, i > 0 ? marked : [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '↑' }] }, { type: 'text', value: ' ' }, marked]);
    };

    return {
      name: 'group-citations',
      // Marks side by side are told by their places in the source.
      options: { position: true },
      element: [
        {
          filter: ['sup'],
          visit(node) {
            // Its children's types come with it; reading anything more of them would copy the chapter's tree.
            sup = node.children.length === 1 && node.children[0]!.type === 'element' ? node : undefined;
          },
        },
        {
          filter: ['a'],
          visit(link, ctx) {
            const href = String(link.properties?.href ?? '');
            if (REFERENCE.test(href)) reference(link, ctx);
            else if (BACK_LINK.test(href)) backLink(link, ctx);
          },
        },
        {
          // The footnotes come after every reference: the last group ends there. Each note's ways back follow it.
          filter: ['section', 'li'],
          visit(node, ctx) {
            endRun(ctx);
            // A list within a note is not a note: its ways back still follow.
            const id = String(node.properties?.id ?? '');
            if (FOOTNOTE_ID.test(id)) note = { backLinks: cited.get(`#${id}`) ?? 0, seen: 0 };
          },
        },
      ],
    };
  };
}
