/**
 * A Sätteri hast plugin: every section heading in a chapter gets its id and a link to itself, so a
 * reader can copy the address of a section. The link has no text (a mark drawn by CSS), so headings read and search
 * exactly as written; its accessible name says where it points. Ids come from github-slugger, as Astro's
 * own heading-id step makes them (which then keeps ours): the link needs the id before that step runs.
 */
import type { Element } from 'hast';
import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { localeOf, localeOfFile, type Locale } from '../i18n/index.ts';
import { ANCHORS } from '../site.ts';

/** The link a section heading carries to itself; its mark ("#") is drawn by the stylesheet. */
export function headingAnchor(id: string, heading: string, locale: Locale = localeOf()): Element {
  return {
    type: 'element',
    tagName: 'a',
    // No tab stop of its own: the contents link to every section and subsection with the same address, so a
    // keyboard user has it there; a chapter's tab stops stay fewer (WCAG 2.4.1/2.1.1 kept: nothing only here).
    properties: { className: ['heading-anchor'], ariaLabel: locale.t.chapter.headingLink(heading), href: `#${id}`, tabIndex: -1 },
    children: [],
  };
}

export function headingAnchors(): HastPluginEntry {
  // A factory: each document gets its own slugger, so ids repeat only within one chapter ("x", "x-1"), and
  // a translated chapter's links are named in its edition's words (from its file, given here rather than
  // in a `before` hook, which would cost a pass over the tree of its own).
  return ({ fileURL }) => {
    const slugger = new Slugger();
    const locale = localeOfFile(fileURL && fileURLToPath(fileURL));
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(heading, ctx) {
          const text = ctx.textContent(heading);
          const written = heading.properties?.id;
          // The footnotes' heading ("Sources") is reached from the table of contents; it needs no link of its own.
          if (written === ANCHORS.sources) return;
          const id = typeof written === 'string' ? written : slugger.slug(text);
          if (written === undefined) ctx.setProperty(heading, 'id', id);
          // A word joiner keeps the mark on the line of the heading's last word.
          ctx.appendChild(heading, [{ type: 'text', value: '\u2060' }, headingAnchor(id, text, locale)]);
        },
      },
    };
  };
}
