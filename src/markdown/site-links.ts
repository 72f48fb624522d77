/**
 * A chapter's links to the site's pages other than chapters (tidy-markup.ts rewrites them). A chapter is also
 * printed at print/<id>/, where a relative link to another chapter (../round-two/) reaches that chapter's
 * print edition, as it should, but one to a page without a print edition (../agreement/) would lead
 * nowhere. Those links become the page's address under the site's base, which works from both.
 */
import { CHAPTER_IDS, withBase } from '../site.ts';

/** "../agreement/#x" → "agreement/#x": a link up to a page of the site, and where it goes. */
const SITE_PAGE = /^\.\.\/([a-z0-9-]+\/.*)$/;
const CHAPTERS = new Set<string>(CHAPTER_IDS);

/** The address a chapter's link should carry, or undefined to keep it as written. */
export function siteLinkHref(href: string, base: string): string | undefined {
  const path = SITE_PAGE.exec(href)?.[1];
  if (!path || CHAPTERS.has(path.slice(0, path.indexOf('/')))) return undefined;
  return withBase(base, path);
}
