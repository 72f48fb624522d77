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
 */
import type { Properties } from 'hast';
import type { HastPluginEntry } from 'satteri';
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
  return {
    name: 'tidy-markup',
    element: [
      {
        filter: ['h2', 'a', 'section'],
        visit(node, ctx) {
          const props = node.properties ?? {};
          if (node.tagName === 'section') {
            if (props.dataFootnotes !== undefined) ctx.setProperty(node, 'dataFootnotes', null);
            return;
          }
          if (node.tagName === 'h2' && props.id === ANCHORS.sources) ctx.setProperty(node, 'className', null);
          if (props.dataFootnoteRef !== undefined) ctx.setProperty(node, 'dataFootnoteRef', null);
          if (props.dataFootnoteBackref === undefined) return;
          ctx.setProperty(node, 'dataFootnoteBackref', null);
          ctx.setProperty(node, 'className', withoutHooks(props).className ?? null);
        },
      },
      {
        filter: ['table', 'thead', 'tbody', 'tfoot', 'tr', 'ol', 'ul'],
        visit(node, ctx) {
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
        // that GFM puts around a paragraph in an item ("<li>\n<p>…</p>\n</li>") go.
        filter: ['li'],
        visit(node, ctx) {
          const { children } = node;
          const isBreak = (i: number) => { const c = children[i]; return c?.type === 'text' && c.value.trim() === '' && c.value.includes('\n'); };
          const last = children.length - 1;
          if (last > 0 && isBreak(last) && children[last - 1]!.type === 'element') ctx.removeChildAt(node, last);
          if (last > 0 && isBreak(0) && children[1]!.type === 'element') ctx.removeChildAt(node, 0);
          // A footnote of one paragraph needs no paragraph element: its text stands in the list item.
          const elements = children.filter((c) => c.type === 'element');
          const only = elements[0];
          // Its links are then new nodes, which the visitor above never sees: they lose GitHub's hooks here.
          if (FOOTNOTE.test(String(node.properties?.id ?? '')) && elements.length === 1 && only!.tagName === 'p') {
            ctx.replaceNode(only!, only!.children.map((c) => (c.type === 'element' && c.tagName === 'a' ? { ...c, properties: withoutHooks(c.properties ?? {}) } : c)));
          }
        },
      },
    ],
  };
}
