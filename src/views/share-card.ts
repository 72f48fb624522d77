/**
 * The share cards: what each card says (the site, a chapter's number and title, the as-of date) and the
 * outline of Afghanistan drawn on it. The PNG files are written by src/pages/[...edition]/share/[card].png.ts;
 * the link-preview tags that name them are in headView() (src/views/page-head.ts).
 */
import type { Chapter } from '../explainer.ts';
import type { ShareCardLook, ShareCardText } from '../lib/share-card.ts';
import { locatorMapGeometry } from '../lib/map/locator.ts';
import { loadAtlas } from './locator-map.ts';
import { dateText, type ViewContext } from './shared.ts';


/** The home page's card with `chapter` undefined; a chapter's card otherwise. The first chapter gives the home card's as-of date. */
export function shareCardText(chapter: Chapter | undefined, chapters: readonly Chapter[], context: ViewContext): ShareCardText {
  const { t } = context.locale;
  return {
    site: chapter ? t.site.title : t.shareCard.home(chapters.length),
    kicker: chapter ? t.shareCard.kicker(chapter.data.order) : undefined,
    title: chapter ? chapter.data.title : t.site.title,
    footer: t.shareCard.asOf(dateText(context, (chapter ?? chapters[0]!).data.asOf).text),
  };
}

/** The outline of Afghanistan, with Kabul, in the card's colours: SVG elements drawn in a box of its width and height. */
export function cardOutline(colours: { accent: string; text: string; bg: string }): ShareCardLook['art'] {
  const [width, height] = [400, 330];
  // Kabul at the coordinates of src/views/locator-map.ts; its label is not drawn.
  const g = locatorMapGeometry(
    { topology: loadAtlas(), focus: '004', places: [{ id: 'kabul', lon: 69.17, lat: 34.53, label: '' }], countries: [] },
    { width, height, fontSize: 12, extent: [[60.4, 29.3], [75, 38.6]], tolerance: 1, dotRadius: 8 },
  );
  const kabul = g.dots[0]!;
  const markup =
    `<path d="${g.focus}" fill="${colours.accent}" fill-opacity="0.22" stroke="${colours.accent}" stroke-width="3" stroke-linejoin="round"/>` +
    `<circle cx="${kabul.cx}" cy="${kabul.cy}" r="${kabul.r}" fill="${colours.text}" stroke="${colours.bg}" stroke-width="3"/>`;
  return { markup, width, height };
}
