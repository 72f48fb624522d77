/**
 * A Sätteri hast plugin for the few places where Sätteri's HTML differs from what the chapters need:
 * - the GFM footnotes are each chapter's sources, so their heading is shown (Sätteri marks it `sr-only`,
 *   a label only screen readers hear);
 * - the hooks GFM puts on footnotes for GitHub's own stylesheet and scripts, which nothing here uses, are
 *   dropped: `data-footnote-ref` on each reference, `data-footnote-backref` and its twin class on each way
 *   back. A chapter has some 80 of each, about 260 bytes gzip of its first visit; ids, links, labels and
 *   aria-describedby stay;
 * - the line breaks between a table's rows and cells are dropped: they mean nothing there, and each
 *   chapter page's bytes count against its budget.
 */
import type { HastPluginEntry } from 'satteri';
import { ANCHORS } from '../site.ts';

const BACKREF_CLASS = 'data-footnote-backref';

export function tidyMarkup(): HastPluginEntry {
  return {
    name: 'tidy-markup',
    element: [
      {
        filter: ['h2', 'a'],
        visit(node, ctx) {
          const props = node.properties ?? {};
          if (node.tagName === 'h2' && props.id === ANCHORS.sources) ctx.setProperty(node, 'className', null);
          if (props.dataFootnoteRef !== undefined) ctx.setProperty(node, 'dataFootnoteRef', null);
          if (props.dataFootnoteBackref === undefined) return;
          ctx.setProperty(node, 'dataFootnoteBackref', null);
          const classes = Array.isArray(props.className) ? props.className.filter((c) => c !== BACKREF_CLASS) : [];
          ctx.setProperty(node, 'className', classes.length > 0 ? classes : null);
        },
      },
      {
        filter: ['table', 'thead', 'tbody', 'tfoot', 'tr'],
        visit(node, ctx) {
          // Text between a table's rows and cells can only be white space (a browser moves any other text
          // out of the table), so its type is enough: reading its value would make Sätteri copy out the tree.
          // From the last, so each index still points at the child it names.
          for (let i = node.children.length - 1; i >= 0; i--) {
            if (node.children[i]!.type === 'text') ctx.removeChildAt(node, i);
          }
        },
      },
    ],
  };
}
