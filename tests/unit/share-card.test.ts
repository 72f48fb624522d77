import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { artPlacement, missingGlyphsMessage, shareCardFonts, shareCardPng, shareCardSvg, shareCardTree, type ShareCardLook, type ShareCardText } from '../../src/lib/share-card.ts';
import type { Explainer } from '../../src/explainer.ts';
import { localeOf } from '../../src/i18n/index.ts';
import { DEFAULT_EDITION, EDITIONS, routes } from '../../src/site.ts';
import { cardOutline, shareCardJobs, shareCardLook, shareCardText } from '../../src/views/share-card.ts';
import { ROOT } from '../support/project.ts';
import { CHAPTERS, context } from './views/fixtures.ts';

const font = (file: string) => readFileSync(`${ROOT}/node_modules/@fontsource/${file}`);
const colours = { bg: '#1e232a', text: '#e6e4df', muted: '#a7adb6', accent: '#f4a27a' };
const look: ShareCardLook = {
  colours,
  fonts: shareCardFonts(font),
  art: cardOutline(colours),
};

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('a chapter’s card names the site, the chapter’s number and title, and the as-of date; the home page’s the site and its chapters', () => {
  const chapter = shareCardText(CHAPTERS[1], CHAPTERS, context);
  assert.deepEqual(chapter, { site: 'The Afghan Peace Talks, Explained', kicker: 'Chapter 2', title: 'Title of round-one', footer: 'The account as of 1 March 2021' });
  const home = shareCardText(undefined, CHAPTERS, context);
  assert.deepEqual(home, { site: 'An explainer in 2 chapters, with a timeline and a who’s who', kicker: undefined, title: 'The Afghan Peace Talks, Explained', footer: 'The account as of 1 March 2021' });
});

test('the outline of Afghanistan is a few SVG elements, with Kabul marked inside its box', () => {
  const { markup, width, height } = cardOutline(colours);
  assert.match(markup, /^<path d="[Mm][^"]+" fill="#f4a27a"[^>]*\/><circle /);
  const [, cx, cy] = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(markup)!;
  // Kabul is in the country's east, a little north of its middle.
  assert.ok(Number(cx) > width / 2 && Number(cy) < height / 2 + 20, `Kabul at ${cx}, ${cy}`);
  assert.ok(markup.length < 6000, `${markup.length} characters`);
});

test('a long title is set smaller, so that it keeps to the space beside the outline', () => {
  const size = (title: string) => {
    const tree = shareCardTree({ site: 's', title, footer: 'f' }, look);
    return JSON.stringify(tree).match(/"fontFamily":"Serif","fontSize":(\d+)/)![1];
  };
  assert.equal(size('Background: four decades of war, 1979–2018'), '68');
  assert.equal(size('Round two: the Afghan government and the Taliban negotiate'), '58');
  assert.equal(size('x'.repeat(90)), '50');
});

test('the card is a 1200×630 PNG, the same bytes every time', async () => {
  const text = shareCardText(CHAPTERS[0], CHAPTERS, context);
  const [a, b] = [await shareCardPng(text, look), await shareCardPng(text, look)];
  assert.deepEqual(pngSize(a), { width: 1200, height: 630 });
  assert.ok(a.equals(b), 'deterministic');
  assert.ok(a.length < 120 * 1024, `${a.length} bytes`);
  const other = await shareCardPng({ ...text, title: 'Another title' }, look);
  assert.ok(!other.equals(a), 'the title is drawn');
});

test('the outline is drawn at the card’s end, on the right of an English card and the left of a Dari or Pashto one', async () => {
  const text = shareCardText(CHAPTERS[0], CHAPTERS, context);
  assert.ok((await shareCardSvg(text, look)).endsWith(`<g transform="translate(748 150)">${look.art.markup}</g></svg>`));
  assert.ok((await shareCardSvg({ ...text, dir: 'rtl' }, look)).endsWith(`<g transform="translate(52 150)">${look.art.markup}</g></svg>`));
  const bare = await shareCardPng(text, { ...look, art: { ...look.art, markup: '' } });
  assert.ok(!bare.equals(await shareCardPng(text, look)), 'the outline is in the PNG');
});

/** A Pashto card with every letter Pashto adds to the Persian alphabet, Dari's own, a joiner (ZWNJ), digits and Latin. */
const PASHTO: ShareCardText = {
  dir: 'rtl',
  site: 'د افغانستان د سولې خبرې، په ساده ژبه',
  kicker: 'فصل ۲',
  title: 'ټ ډ ړ ږ ښ ګ ڼ ې ۍ: دوحه Doha، ۲۰۲۰',
  footer: 'گفت‌وگوهای پیشین، «ژوئن» و چهار ۱۳۹۹ (۱ مارچ ۲۰۲۱)',
};

test('a right-to-left card is laid out from the right: the outline at the left, the accent bar’s gap on its left, no letter spacing', () => {
  const tree = JSON.stringify(shareCardTree(PASHTO, look));
  assert.match(tree, /"direction":"rtl"/);
  assert.deepEqual(artPlacement(look.art, 'rtl'), { x: 52, y: 150 });
  assert.match(tree, /"backgroundColor":"#f4a27a","marginLeft":20/);
  assert.doesNotMatch(tree, /letterSpacing/, 'spacing would break the joins between letters');
  assert.match(tree, /"fontFamily":"Arabic, Sans","fontSize":\d+,"fontWeight":700/);
  const english = JSON.stringify(shareCardTree({ ...PASHTO, dir: 'ltr' }, look));
  assert.deepEqual(artPlacement(look.art, 'ltr'), { x: 1200 - 52 - 400, y: 150 });
  assert.match(english, /"marginRight":20/);
});

test('a Dari or Pashto card is drawn with every character in a font, within the size budget', async () => {
  const png = await shareCardPng(PASHTO, look, 'ps/share/test.png');
  assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
  assert.ok(png.length < 80 * 1024, `${png.length} bytes`);
});

test('a card with characters that no font has fails, naming the card and the characters', async () => {
  // The Arabic-script faces swapped for Latin ones: what the cards had before the Dari and Pashto editions.
  const latinOnly: ShareCardLook = { ...look, fonts: { ...look.fonts, arabic: look.fonts.sans, arabicSemibold: look.fonts.sansBold, arabicBold: look.fonts.serif } };
  await assert.rejects(shareCardPng(PASHTO, latinOnly, 'ps/share/test.png'), (error: Error) => {
    assert.match(error.message, /^ps\/share\/test\.png: no font of the share card has /);
    for (const ch of ['ټ (U+067C)', 'ښ (U+069A)', 'ۍ (U+06CD)', 'ژ (U+0698)', '۲ (U+06F2)']) assert.ok(error.message.includes(ch), `${ch} in ${error.message}`);
    assert.doesNotMatch(error.message, /Doha|«/, 'Latin letters and guillemets are in the Latin fonts');
    return true;
  });
  // The English cards need no Arabic-script font.
  await assert.doesNotReject(shareCardPng(shareCardText(CHAPTERS[0], CHAPTERS, context), latinOnly));
});

test('the missing-glyph message lists each character once, in order, with its code point; nothing when none is missing', () => {
  assert.equal(missingGlyphsMessage('fa/share/home.png', []), '');
  assert.equal(missingGlyphsMessage('fa/share/home.png', [' ', '\n']), '');
  assert.equal(
    missingGlyphsMessage('fa/share/home.png', ['ډ', 'ټ', 'ډ', '\u200c']),
    'fa/share/home.png: no font of the share card has ټ (U+067C), ډ (U+0689), \u200c (U+200C); add a font that does (src/lib/share-card.ts)',
  );
});

test('an edition has its home card and one per chapter it has in its own words, under its own prefix and writing direction; the look comes from the site’s stylesheet', () => {
  const none = { events: new Set<string>(), actors: new Set<string>(), glossary: new Set<string>(), commitments: new Set<string>(), troopLevels: new Set<string>() };
  const english = { chapters: CHAPTERS, edition: DEFAULT_EDITION, translation: { chapters: new Map(), fallback: none } } as unknown as Explainer;
  assert.deepEqual(shareCardJobs(english, context).map(({ name, card }) => [name, card]), [['home', 'share/home.png'], ['background', 'share/background.png'], ['round-one', 'share/round-one.png']]);
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const translated = { ...english, edition: fa, translation: { chapters: new Map([['background', { state: 'fallback' }], ['round-one', { state: 'current' }]]), fallback: none } } as unknown as Explainer;
  const faContext = { locale: localeOf(fa), routes: routes('/sub/', fa) };
  const jobs = shareCardJobs(translated, faContext);
  assert.deepEqual(jobs.map(({ card }) => card), ['fa/share/home.png', 'fa/share/round-one.png'], 'no card for the chapter shown in English');
  assert.ok(jobs.every((j) => j.text.dir === 'rtl'));
  const css = readFileSync(`${ROOT}/src/styles/global.css`, 'utf8');
  const { colours: fromCss, fonts } = shareCardLook(css);
  assert.match(fromCss.bg, /^#[0-9a-f]{6}$/i);
  assert.ok(Object.values(fonts).every((f) => f.length > 10_000), 'every font file read');
});
