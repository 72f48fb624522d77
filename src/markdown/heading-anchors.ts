/**
 * Options for rehype-autolink-headings: every section heading in a chapter gets a link to itself, so a
 * reader can copy the address of a section. The link has no text (an icon), so headings read and search
 * exactly as written; its accessible name says where it points.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
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

export const headingAnchorOptions = {
  behavior: 'append' as const,
  // The footnotes' heading ("Sources") is reached from the table of contents; it needs no link of its own.
  test: (element: Element) => element.properties?.id !== ANCHORS.sources,
  properties: (heading: Readonly<Element>) => ({
    className: ['heading-anchor'],
    ariaLabel: localeOf().t.chapter.headingLink(toString(heading)),
  }),
  content: icon,
};
