/**
 * Share cards: the 1200×630 PNG a link preview shows (og:image), drawn at build time. Satori lays out the
 * text with fonts shipped in npm packages (nothing is fetched) and turns it into SVG paths; resvg renders
 * that to PNG. The same input gives the same bytes, so two builds are identical.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_CARD } from '../site.ts';


export interface ShareCardText {
  /** The site's name, along the top. */
  site: string;
  /** A small line above the title ("Chapter 2"), if any. */
  kicker?: string | undefined;
  title: string;
  /** Along the bottom: the account's as-of date. */
  footer: string;
}

/** The cards' fonts, as files of the @fontsource packages: a serif for the title, a sans-serif in two weights. */
const FONT_FILES = {
  serif: 'source-serif-4/files/source-serif-4-latin-700-normal.woff',
  sans: 'source-sans-3/files/source-sans-3-latin-400-normal.woff',
  sansBold: 'source-sans-3/files/source-sans-3-latin-600-normal.woff',
} as const;

/** The fonts, each read by `read` from its path under @fontsource/. */
export function shareCardFonts(read: (file: string) => Buffer): ShareCardLook['fonts'] {
  return { serif: read(FONT_FILES.serif), sans: read(FONT_FILES.sans), sansBold: read(FONT_FILES.sansBold) };
}

export interface ShareCardLook {
  colours: { bg: string; text: string; muted: string; accent: string };
  /** WOFF or TTF files: a serif for the title, a sans-serif in two weights for the rest. */
  fonts: { serif: Buffer; sans: Buffer; sansBold: Buffer };
  /** A standalone SVG drawn at the card's right (the outline of Afghanistan), and its size there. */
  art: { svg: string; width: number; height: number };
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[]; src?: string; width?: number; height?: number };
}
const div = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** Titles this long or shorter are set at full size; longer ones smaller, to stay within three lines. */
/** The space at the card's sides, and at its top and bottom. */
const PAD = 72;
const PAD_Y = 56;

const titleSize = (title: string) => (title.length <= 44 ? 68 : title.length <= 64 ? 58 : 50);

/** The card's layout, for Satori. */
export function shareCardTree(text: ShareCardText, look: ShareCardLook): Node {
  const { colours: c, art } = look;
  const artSrc = `data:image/svg+xml;base64,${Buffer.from(art.svg).toString('base64')}`;
  const textWidth = SHARE_CARD.width - 2 * PAD - art.width - 40;
  return div(
    // Widths in Satori exclude the padding.
    { width: SHARE_CARD.width - 2 * PAD, height: SHARE_CARD.height - 2 * PAD_Y, backgroundColor: c.bg, color: c.text, padding: `${PAD_Y}px ${PAD}px`, flexDirection: 'column', fontFamily: 'Sans', position: 'relative' },
    { type: 'img', props: { src: artSrc, width: art.width, height: art.height, style: { position: 'absolute', right: PAD - 20, top: (SHARE_CARD.height - art.height) / 2 } } },
    div({ alignItems: 'center', fontSize: 30, fontWeight: 600, color: c.muted }, div({ width: 12, height: 40, backgroundColor: c.accent, marginRight: 20 }), text.site),
    div(
      { flexGrow: 1, flexDirection: 'column', justifyContent: 'center', width: textWidth },
      ...(text.kicker ? [div({ fontSize: 28, fontWeight: 600, color: c.accent, letterSpacing: 2, textTransform: 'uppercase', marginBottom: 16 }, text.kicker)] : []),
      div({ fontFamily: 'Serif', fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.12 }, text.title),
    ),
    div({ fontSize: 28, color: c.muted }, text.footer),
  );
}

/** The card as PNG bytes. */
export async function shareCardPng(text: ShareCardText, look: ShareCardLook): Promise<Buffer> {
  const svg = await satori(shareCardTree(text, look) as Parameters<typeof satori>[0], {
    width: SHARE_CARD.width,
    height: SHARE_CARD.height,
    fonts: [
      { name: 'Serif', data: look.fonts.serif, weight: 700, style: 'normal' },
      { name: 'Sans', data: look.fonts.sans, weight: 400, style: 'normal' },
      { name: 'Sans', data: look.fonts.sansBold, weight: 600, style: 'normal' },
    ],
  });
  // Text is already paths: resvg needs no fonts, and so none from the system can change the result.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
