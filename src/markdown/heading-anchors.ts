/**
 * A Sätteri hast plugin: every section heading in a chapter gets its id and a link to itself, so a
 * reader can copy the address of a section. The link has no text (an icon), so headings read and search
 * exactly as written; its accessible name says where it points. Ids come from github-slugger, as Astro's
 * own heading-id step makes them (which then keeps ours): the link needs the id before that step runs.
 */
import type { Element, ElementContent } from 'hast';
import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';
import { localeOf } from '../i18n/index.ts';
import { ANCHORS } from '../site.ts';

const icon: ElementContent = {
  type: 'element',
  tagName: 'svg',
  properties: { ariaHidden: 'true', width: '16', height: '16', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: '2' },
  children: [
    { type: 'element', tagName: 'path', properties: { d: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1' }, children: [] },
  ],
};

/** The link a section heading carries to itself. */
export function headingAnchor(id: string, heading: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], ariaLabel: localeOf().t.chapter.headingLink(heading), href: `#${id}` },
    children: [icon],
  };
}

export function headingAnchors(): HastPluginEntry {
  // A factory: each document gets its own slugger, so ids repeat only within one chapter ("x", "x-1").
  return () => {
    const slugger = new Slugger();
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
          ctx.appendChild(heading, headingAnchor(id, text));
        },
      },
    };
  };
}
