/**
 * The share cards: which cards an edition has, what each says (the site, a chapter's number and title, the
 * as-of date) and how they look (the outline of Afghanistan, the site's colours and fonts). `astro build`
 * draws them in worker threads (src/integrations/share-cards.ts); `astro dev` draws each when it is asked
 * for (src/pages/[...edition]/share/[card].png.ts). The link-preview tags that name them are in headView()
 * (src/views/page-head.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Chapter, Explainer } from '../explainer.ts';
import { colourOf, colourTokens } from '../lib/colour-tokens.ts';
import { isFallback } from '../lib/fallback.ts';
import { shareCardFonts, type ShareCardLook, type ShareCardText } from '../lib/share-card.ts';
import type { ShareCardJob } from '../lib/share-card-pool.ts';
import { locatorMapGeometry } from '../lib/map/locator.ts';
import { SHARE_CARD } from '../site.ts';
import { loadAtlas } from './locator-map.ts';
import { dateText, type ViewContext } from './shared.ts';

/**
 * An edition's cards: its home page's, and one per chapter, except a chapter the edition shows in English:
 * its page names the English card (headView), which says the same. `name` is the card's file name without
 * .png, `card` its path in the built site.
 */
export function shareCardJobs(explainer: Explainer, context: ViewContext): (ShareCardJob & { name: string })[] {
  const { edition } = explainer;
  const chapters = explainer.chapters.filter((c) => !isFallback(explainer, 'chapters', c.id));
  return [undefined, ...chapters].map((chapter) => {
    const name = chapter?.id ?? SHARE_CARD.home;
    return { name, card: `${edition.prefix}share/${name}.png`, text: { ...shareCardText(chapter, explainer.chapters, context), dir: edition.dir } };
  });
}

/** The same on every card: the site's dark colours (from `pageCss`, the site's stylesheet), the fonts, the outline. */
export function shareCardLook(pageCss: string): ShareCardLook {
  const tokens = colourTokens(pageCss);
  const colours = { bg: colourOf(tokens, 'surface', 'dark'), text: colourOf(tokens, 'text', 'dark'), muted: colourOf(tokens, 'muted', 'dark'), accent: colourOf(tokens, 'accent', 'dark') };
  const font = (file: string) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/${file}`));
  return { colours, fonts: shareCardFonts(font), art: cardOutline(colours) };
}


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
