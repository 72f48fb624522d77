/**
 * A page's share card (og:image), the home page's or a chapter's (shareCardJobs), drawn when `astro dev` is
 * asked for it. `astro build` draws every card in worker threads before the pages are rendered
 * (src/integrations/share-cards.ts), so this route gives it no paths.
 */
import type { APIRoute } from 'astro';
import pageCss from '../../../styles/global.css?raw';
import { shareCardPng, type ShareCardLook, type ShareCardText } from '../../../lib/share-card.ts';
import { pageData } from '../../../page-data.ts';
import { editionPaths } from '../../../i18n/index.ts';
import { shareCardJobs, shareCardLook } from '../../../views/share-card.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const paths = await Promise.all(
    editionPaths().map(async ({ params, props }) => {
      const { explainer, context } = await pageData(props.edition);
      return shareCardJobs(explainer, context).map(({ name, card, text }) => ({ params: { ...params, card: name }, props: { card, text } }));
    }),
  );
  return paths.flat();
}

let look: ShareCardLook | undefined;

export const GET: APIRoute<{ card: string; text: ShareCardText }> = async ({ props }) => {
  look ??= shareCardLook(pageCss);
  const png = await shareCardPng(props.text, look, props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
