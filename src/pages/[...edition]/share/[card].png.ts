import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import pageCss from '../../../styles/global.css?raw';
import { loadExplainer, type Chapter } from '../../../explainer.ts';
import { colourOf, colourTokens } from '../../../lib/colour-tokens.ts';
import { shareCardFonts, shareCardPng, type ShareCardLook } from '../../../lib/share-card.ts';
import { pageData } from '../../../page-data.ts';
import { SHARE_CARD, type Edition } from '../../../site.ts';
import { editionPaths } from '../../../i18n/index.ts';
import { cardOutline, shareCardText } from '../../../views/share-card.ts';

export async function getStaticPaths() {
  const paths = editionPaths();
  const explainers = await Promise.all(paths.map((p) => loadExplainer(p.props.edition)));
  return paths.flatMap(({ params, props }, i) => [
    { params: { ...params, card: SHARE_CARD.home }, props: { ...props, chapter: undefined } },
    ...explainers[i]!.chapters.map((chapter) => ({ params: { ...params, card: chapter.id }, props: { ...props, chapter } })),
  ]);
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

/** A page's share card (og:image): the home page's, or a chapter's. */
export const GET: APIRoute<{ edition: Edition; chapter: Chapter | undefined }> = async ({ props, params }) => {
  const { explainer, context } = await pageData(props.edition);
  const { edition } = props;
  const text = { ...shareCardText(props.chapter, explainer.chapters, context), dir: edition.dir };
  const png = await shareCardPng(text, cardLook(), `${edition.prefix}share/${params.card}.png`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
