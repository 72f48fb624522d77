/**
 * A rehype plugin that takes out the hooks remark-gfm puts on footnotes for GitHub's own stylesheet and
 * scripts, which nothing here uses: data-footnote-ref on each reference, and on each way back both
 * data-footnote-backref and a class of the same name. A chapter has some 80 of each: about 260 bytes
 * gzip of its first visit. Ids, links, labels and aria-describedby stay as they are.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const BACKREF_CLASS = 'data-footnote-backref';

export default function rehypeFootnoteMarkup() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      const { properties } = element;
      delete properties.dataFootnoteRef;
      if (properties.dataFootnoteBackref === undefined) return;
      delete properties.dataFootnoteBackref;
      const classes = Array.isArray(properties.className) ? properties.className.filter((c) => c !== BACKREF_CLASS) : [];
      if (classes.length > 0) properties.className = classes;
      else delete properties.className;
    });
  };
}
