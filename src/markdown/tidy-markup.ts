/**
 * A Sätteri hast plugin for the few places where Sätteri's HTML differs from what the chapters need:
 * - the GFM footnotes are each chapter's sources, so their heading is shown (Sätteri marks it `sr-only`,
 *   a label only screen readers hear);
 * - the hooks GFM puts on footnotes for GitHub's own stylesheet and scripts, which nothing here uses, are
 *   dropped: `data-footnote-ref` on each reference, `data-footnote-backref` and its twin class on each way
 *   back. A chapter has some 80 of each, about 260 bytes gzip of its first visit; ids, links, labels and
 *   aria-describedby stay;
 * - the line breaks between a table's rows and cells, between list items and around a list item's
 *   paragraphs are dropped, and so is the paragraph element of a one-paragraph footnote: they mean
 *   nothing there, and each chapter page's bytes count against its budget; so is the footnotes'
 *   data-footnotes hook.
 * A writer's links to the site's other pages ("../agreement/") stay relative: they work from the chapter's
 * page and from the print page alike, and in a translated edition they lead to that edition's page.
 */
import type { Element, Properties } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { ANCHORS } from '../site.ts';

const BACKREF_CLASS = 'data-footnote-backref';
const FOOTNOTE = /^user-content-fn-/;

/** A footnote link's properties without the hooks for GitHub's stylesheet and scripts. */
function withoutHooks(props: Properties): Properties {
  const { dataFootnoteRef: _ref, dataFootnoteBackref: _backref, className, ...rest } = props;
  const classes = Array.isArray(className) ? className.filter((c) => c !== BACKREF_CLASS) : [];
  return classes.length > 0 ? { ...rest, className: classes } : rest;
}

export function tidyMarkup(): HastPluginEntry {
  // A factory: each document has its own footnote in hand.
  return () => {
    /** A footnote of one paragraph, whose paragraph comes next. */
    let onePara: Element | undefined;
    /** Unwraps the footnote's paragraph if `p` is it; otherwise only its two breaks go, as in any list item. */
    const settle = (ctx: HastVisitorContext, p?: Element) => {
      if (!onePara) return;
      if (p && ctx.textContent(onePara) === `\n${ctx.textContent(p)}\n`) ctx.setProperty(onePara, 'children', p.children);
      else {
        ctx.removeChildAt(onePara, 2);
        ctx.removeChildAt(onePara, 0);
      }
      onePara = undefined;
    };
    return {
      name: 'tidy-markup',
      element: [
        {
          filter: ['h2', 'a', 'section'],
          visit(node, ctx) {
            settle(ctx);
            const props = node.properties ?? {};
            if (node.tagName === 'section') {
              if (props.dataFootnotes !== undefined) ctx.setProperty(node, 'dataFootnotes', null);
              return;
            }
            if (node.tagName === 'h2' && props.id === ANCHORS.sources) ctx.setProperty(node, 'className', null);
            if (node.tagName !== 'a') return;
            if (props.dataFootnoteRef !== undefined) ctx.setProperty(node, 'dataFootnoteRef', null);
            if (props.dataFootnoteBackref === undefined) return;
            ctx.setProperty(node, 'dataFootnoteBackref', null);
            ctx.setProperty(node, 'className', withoutHooks(props).className ?? null);
          },
        },
        {
          filter: ['table', 'thead', 'tbody', 'tfoot', 'tr', 'ol', 'ul'],
          visit(node, ctx) {
            settle(ctx);
            // Text between a table's rows and cells can only be white space (a browser moves any other text
            // out of the table), so its type is enough: reading its value would make Sätteri copy out the tree.
            // From the last, so each index still points at the child it names.
            for (let i = node.children.length - 1; i >= 0; i--) {
              if (node.children[i]!.type === 'text') ctx.removeChildAt(node, i);
            }
          },
        },
        {
          // A list item's text may hold spaces that matter between its words and links: only the line breaks
          // that GFM puts around a paragraph in an item ("<li>\n<p>…</p>\n</li>") go. The item's children
          // come as their types; a text's value is asked of Sätteri (ctx.textContent), since reading any field
          // of a child would make it copy out the chapter's whole tree.
          filter: ['li'],
          visit(node, ctx) {
            settle(ctx);
            const { children } = node;
            const isBreak = (c: (typeof children)[number] | undefined) => {
              if (c?.type !== 'text') return false;
              const value = ctx.textContent(c);
              return value.trim() === '' && value.includes('\n');
            };
            const last = children.length - 1;
            const breakAtEnd = last > 0 && children[last - 1]!.type === 'element' && isBreak(children[last]);
            const breakAtStart = last > 0 && children[1]!.type === 'element' && isBreak(children[0]);
            if (FOOTNOTE.test(String(node.properties?.id ?? '')) && last === 2 && breakAtStart && breakAtEnd) {
              // A footnote of one element between two breaks: if that is a paragraph, it is the next element visited.
              onePara = node;
              return;
            }
            if (breakAtEnd) ctx.removeChildAt(node, last);
            if (breakAtStart) ctx.removeChildAt(node, 0);
          },
        },
        {
          // A footnote of one paragraph needs no paragraph element: its text stands in the list item. The
          // paragraph's children move as they are (Sätteri passes them by reference), so the first visitor
          // still tidies their links. The texts agree only if this paragraph is the note's one element.
          filter: ['p'],
          visit(p, ctx) {
            settle(ctx, p);
          },
        },
      ],
    };
  };
}
