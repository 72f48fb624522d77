import type { APIRoute } from 'astro';
import pageCss from '../../styles/global.css?raw';
import { localeOf } from '../../i18n/index.ts';
import { colourTokens } from '../../lib/colour-tokens.ts';
import { locatorMapSvg } from '../../lib/map/locator-svg.ts';
import { type Edition } from '../../site.ts';
import { editionPaths } from '../../i18n/index.ts';
import { locatorMapGeometryOf } from '../../views/locator-map.ts';

export const getStaticPaths = () => editionPaths();

/** The locator map of an edition, as an SVG file in the site's colours and body font. */
export const GET: APIRoute<{ edition: Edition }> = ({ props }) => {
  const locale = localeOf(props.edition);
  const fontFamily = /--font-body:\s*([^;]+);/.exec(pageCss)?.[1];
  if (!fontFamily) throw new Error('locator map: src/styles/global.css has no --font-body');
  const svg = locatorMapSvg(locatorMapGeometryOf(locale), { colours: colourTokens(pageCss), fontFamily, title: locale.t.locatorMap.title });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
