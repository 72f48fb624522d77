/**
 * The locator map as a standalone SVG file: served once, cached, and shown with <img> on the pages that
 * have it, so a chapter's first visit does not carry its shapes. An image cannot read the page's custom
 * properties, so the file carries the site's colours (read from the page CSS's light-dark() tokens) for
 * both schemes; browsers give an SVG image the colour scheme of the page that shows it, the reader's
 * choice on the colour-scheme toggle included.
 */
import { colourOf, type ColourTokens } from '../colour-tokens.ts';
import type { LocatorMapGeometry, MapText } from './locator.ts';

/** The site's colours the map draws with. */
const COLOURS = ['bg', 'surface', 'text', 'muted', 'accent', 'border'] as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface MapSvgOptions {
  /** The page CSS's colour tokens (colourTokens()); every one in COLOURS must be there. */
  colours: ColourTokens;
  fontFamily: string;
  /** The SVG's own title, for a reader who opens the file by itself. */
  title: string;
}

/** The standalone SVG document of a laid-out locator map. */
export function locatorMapSvg(g: LocatorMapGeometry, { colours, fontFamily, title }: MapSvgOptions): string {
  const scheme = (which: 'light' | 'dark') =>
    COLOURS.map((name) => {
      return `--${name}:${colourOf(colours, name, which)}`;
    }).join(';');
  const text = (t: MapText) => `<text x="${t.x}" y="${t.y}"${t.align === 'middle' ? '' : ` text-anchor="${t.align}"`}>${escape(t.text)}</text>`;
  // The country names' size and spacing are those COUNTRY_TYPE (locator.ts) allows for.
  const style = [
    `svg{${scheme('light')};font-family:${fontFamily}}`,
    `@media (prefers-color-scheme:dark){svg{${scheme('dark')}}}`,
    '.sea{fill:var(--bg)}.land{fill:var(--surface)}.focus{fill:color-mix(in srgb,var(--accent) 28%,var(--surface))}',
    '.borders{fill:none;stroke:var(--muted);stroke-width:.6;stroke-linejoin:round}',
    '.arrow{fill:none;stroke:var(--text);stroke-width:1.5;stroke-linecap:round;stroke-linejoin:round}',
    '.dots{fill:var(--text);stroke:var(--bg);stroke-width:1}',
    'text{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}',
    '.places{fill:var(--text)}.countries{fill:var(--muted);font-size:.85em;letter-spacing:.08em}',
    '.frame{fill:none;stroke:var(--border)}',
  ].join('');
  const { width: w, height: h } = g;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-size="${g.fontSize}">`,
    `<title>${escape(title)}</title><style>${style}</style>`,
    `<rect class="sea" width="${w}" height="${h}"/>`,
    `<path class="land" d="${g.land}"/><path class="focus" d="${g.focus}"/><path class="borders" d="${g.borders}"/>`,
    g.beyond ? `<path class="arrow" d="${g.beyond.path}"/>` : '',
    `<g class="dots">${g.dots.map((d) => `<circle cx="${d.cx}" cy="${d.cy}" r="${d.r}"/>`).join('')}</g>`,
    `<g class="countries" text-anchor="middle" dominant-baseline="central">${g.countryLabels.map(text).join('')}</g>`,
    `<g class="places" text-anchor="middle" dominant-baseline="central">${[...g.placeLabels, ...(g.beyond ? [g.beyond.label] : [])].map(text).join('')}</g>`,
    `<rect class="frame" x=".5" y=".5" width="${w - 1}" height="${h - 1}"/>`,
    '</svg>\n',
  ].join('');
}
