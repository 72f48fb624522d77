import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import pageCss from '../../../styles/global.css?raw';
import { buildState } from '../../../build-state.ts';
import { isFallback } from '../../../explainer.ts';
import { colourOf, colourTokens } from '../../../lib/colour-tokens.ts';
import { shareCardFonts, shareCardPng, type ShareCardLook, type ShareCardText } from '../../../lib/share-card.ts';
import { pageData } from '../../../page-data.ts';
import { SHARE_CARD } from '../../../site.ts';
import { editionPaths } from '../../../i18n/index.ts';
import { cardOutline, shareCardText } from '../../../views/share-card.ts';

/**
 * Every edition's home card and one per chapter, except a chapter an edition shows in English: its page
 * names the English card (headView), which says the same. During `astro build` all of them are handed to
 * the share-card pool here, whose worker threads draw and write them into dist/ while the pages render, so
 * the route itself renders no card there (no paths); `astro dev` draws each when it is asked for.
 */
export async function getStaticPaths() {
  const paths = await Promise.all(
    editionPaths().map(async ({ params, props }) => {
      const { explainer, context } = await pageData(props.edition);
      const chapters = explainer.chapters.filter((c) => !isFallback(explainer, 'chapters', c.id));
      return [undefined, ...chapters].map((chapter) => {
        const name = chapter?.id ?? SHARE_CARD.home;
        const text: ShareCardText = { ...shareCardText(chapter, explainer.chapters, context), dir: props.edition.dir };
        return { params: { ...params, card: name }, props: { card: `${props.edition.prefix}share/${name}.png`, text } };
      });
    }),
  );
  if (import.meta.env.DEV) return paths.flat();
  buildState.shareCards.read().draw(paths.flat().map((p) => p.props), cardLook());
  return [];
}

const font = (file: string) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/${file}`));
let look: ShareCardLook | undefined;
/** The same on every card: the site's dark colours, the fonts, the outline. Made once per build. */
function cardLook(): ShareCardLook {
  if (look) return look;
  const tokens = colourTokens(pageCss);
  const colours = { bg: colourOf(tokens, 'surface', 'dark'), text: colourOf(tokens, 'text', 'dark'), muted: colourOf(tokens, 'muted', 'dark'), accent: colourOf(tokens, 'accent', 'dark') };
  look = {
    colours,
    fonts: shareCardFonts(font),
    art: cardOutline(colours),
  };
  return look;
}

/** A page's share card (og:image), the home page's or a chapter's, in `astro dev`. */
export const GET: APIRoute<{ card: string; text: ShareCardText }> = async ({ props }) => {
  const png = await shareCardPng(props.text, cardLook(), props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
