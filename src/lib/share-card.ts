/**
 * Share cards: the 1200×630 PNG a link preview shows (og:image), drawn at build time. Satori lays out the
 * text with fonts shipped in npm packages (nothing is fetched), shapes it with HarfBuzz (so Arabic-script
 * letters join) and turns it into SVG paths; resvg renders that to pixels, written as a PNG by png.ts. The same input gives the same bytes,
 * so two builds are identical.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { rgbaPng } from './png.ts';
import { SHARE_CARD } from '../site.ts';


export interface ShareCardText {
  /** The site's name, along the top. */
  site: string;
  /** A small line above the title ("Chapter 2"), if any. */
  kicker?: string | undefined;
  title: string;
  /** Along the bottom: the account's as-of date. */
  footer: string;
  /** The edition's writing direction: a right-to-left card is laid out from the right, the outline at its left. */
  dir?: 'ltr' | 'rtl' | undefined;
}

/**
 * The cards' fonts, as files of the @fontsource packages: a serif for the title, a sans-serif in two weights,
 * and Vazirmatn for the Dari and Pashto cards (its Arabic subset has the Pashto letters ټ ډ ړ ږ ښ ګ ڼ ې ۍ
 * and the Extended Arabic-Indic digits). Noto Naskh Arabic, the pages' first choice for those editions, was
 * tried and left out: it draws most dots as marks that Satori puts in the wrong place. Latin text in a Dari
 * or Pashto title falls back to the Latin faces.
 */
const FONT_FILES = {
  serif: 'source-serif-4/files/source-serif-4-latin-700-normal.woff',
  sans: 'source-sans-3/files/source-sans-3-latin-400-normal.woff',
  sansBold: 'source-sans-3/files/source-sans-3-latin-600-normal.woff',
  arabic: 'vazirmatn/files/vazirmatn-arabic-400-normal.woff',
  arabicSemibold: 'vazirmatn/files/vazirmatn-arabic-600-normal.woff',
  arabicBold: 'vazirmatn/files/vazirmatn-arabic-700-normal.woff',
} as const;

/** The fonts, each read by `read` from its path under @fontsource/. */
export function shareCardFonts(read: (file: string) => Buffer): ShareCardLook['fonts'] {
  return Object.fromEntries(Object.entries(FONT_FILES).map(([key, file]) => [key, read(file)])) as ShareCardLook['fonts'];
}

export interface ShareCardLook {
  colours: { bg: string; text: string; muted: string; accent: string };
  /** WOFF or TTF files: a serif for the title, a sans-serif in two weights for the rest, an Arabic-script face in three. */
  fonts: Record<keyof typeof FONT_FILES, Buffer>;
  /** SVG elements drawn in a box of this width and height at the card's end (the outline of Afghanistan). */
  art: { markup: string; width: number; height: number };
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[]; src?: string; width?: number; height?: number };
}
const div = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** The space at the card's sides, and at its top and bottom. */
const PAD = 72;
const PAD_Y = 56;

/** Titles this long or shorter are set at full size; longer ones smaller, to stay within three lines. */
const titleSize = (title: string) => (title.length <= 44 ? 68 : title.length <= 64 ? 58 : 50);

/** Where the outline's box stands on the card: at its end, beside the text (shareCardTree leaves it room), centred from top to bottom. */
export function artPlacement(art: ShareCardLook['art'], dir: ShareCardText['dir']): { x: number; y: number } {
  const side = PAD - 20;
  return { x: dir === 'rtl' ? side : SHARE_CARD.width - side - art.width, y: (SHARE_CARD.height - art.height) / 2 };
}

/**
 * The card's text and its layout, for Satori. The outline is not in it: Satori would hand it to resvg as an
 * image of its own, clipped and masked, which took 40 % of the card's rendering; shareCardSvg draws it
 * straight into Satori's SVG instead (artPlacement).
 */
export function shareCardTree(text: ShareCardText, look: ShareCardLook): Node {
  const { colours: c, art } = look;
  const rtl = text.dir === 'rtl';
  // Satori has no logical properties: the side where a line ends.
  const end = rtl ? 'Left' : 'Right';
  const textWidth = SHARE_CARD.width - 2 * PAD - art.width - 40;
  return div(
    // Widths in Satori exclude the padding. Arabic-script text comes first in the families; Latin falls back.
    { width: SHARE_CARD.width - 2 * PAD, height: SHARE_CARD.height - 2 * PAD_Y, backgroundColor: c.bg, color: c.text, padding: `${PAD_Y}px ${PAD}px`, flexDirection: 'column', fontFamily: rtl ? 'Arabic, Sans' : 'Sans', position: 'relative', direction: rtl ? 'rtl' : 'ltr' },
    div({ alignItems: 'center', fontSize: 30, fontWeight: 600, color: c.muted }, div({ width: 12, height: 40, backgroundColor: c.accent, [`margin${end}`]: 20 }), text.site),
    div(
      { flexGrow: 1, flexDirection: 'column', justifyContent: 'center', width: textWidth },
      // Letter spacing would break the joins between Arabic letters, and they have no capitals.
      ...(text.kicker ? [div({ fontSize: 28, fontWeight: 600, color: c.accent, marginBottom: 16, ...(rtl ? {} : { letterSpacing: 2, textTransform: 'uppercase' }) }, text.kicker)] : []),
      // Vazirmatn is a sans-serif, so Latin words in a Dari or Pashto title are set in the sans-serif too.
      // Arabic letters reach further above and below the line than Latin ones.
      div({ fontFamily: rtl ? 'Arabic, Sans' : 'Serif', fontSize: titleSize(text.title), fontWeight: 700, lineHeight: rtl ? 1.45 : 1.12 }, text.title),
    ),
    div({ fontSize: 28, color: c.muted }, text.footer),
  );
}

/**
 * The message for characters no font of the card has (they would be drawn as empty boxes), with their code
 * points, since some (a joiner, a Pashto letter) are hard to tell apart by eye: empty if there are none.
 */
export function missingGlyphsMessage(card: string, characters: Iterable<string>): string {
  const list = [...new Set(characters)].filter((ch) => ch.trim() !== '').sort();
  if (list.length === 0) return '';
  const named = list.map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return `${card}: no font of the share card has ${named.join(', ')}; add a font that does (src/lib/share-card.ts)`;
}

/** The card as SVG: its text as paths, and the outline. `card` names it in the error if a character of its text is in none of the fonts. */
export async function shareCardSvg(text: ShareCardText, look: ShareCardLook, card = 'share card'): Promise<string> {
  const { fonts } = look;
  const missing: string[] = [];
  const svg = await satori(shareCardTree(text, look) as Parameters<typeof satori>[0], {
    width: SHARE_CARD.width,
    height: SHARE_CARD.height,
    fonts: [
      { name: 'Serif', data: fonts.serif, weight: 700, style: 'normal' },
      { name: 'Sans', data: fonts.sans, weight: 400, style: 'normal' },
      { name: 'Sans', data: fonts.sansBold, weight: 600, style: 'normal' },
      { name: 'Arabic', data: fonts.arabic, weight: 400, style: 'normal' },
      { name: 'Arabic', data: fonts.arabicSemibold, weight: 600, style: 'normal' },
      { name: 'Arabic', data: fonts.arabicBold, weight: 700, style: 'normal' },
    ],
    // Satori asks for more fonts only for text that none of these has a glyph for: exactly the characters
    // that would come out as boxes. None is given, and the build fails below.
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(...segment);
      return [];
    },
  });
  const message = missingGlyphsMessage(card, missing);
  if (message) throw new Error(message);
  const { x, y } = artPlacement(look.art, text.dir);
  if (!svg.endsWith('</svg>')) throw new Error(`${card}: Satori's SVG does not end with </svg>, so the outline has nowhere to go`);
  return `${svg.slice(0, -'</svg>'.length)}<g transform="translate(${x} ${y})">${look.art.markup}</g></svg>`;
}

/** The card as PNG bytes (shareCardSvg), rendered by resvg and encoded by rgbaPng. */
export async function shareCardPng(text: ShareCardText, look: ShareCardLook, card = 'share card'): Promise<Buffer> {
  // Text is already paths: resvg needs no fonts, and so none from the system can change the result.
  const image = new Resvg(await shareCardSvg(text, look, card), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return rgbaPng(image.width, image.height, image.pixels);
}
