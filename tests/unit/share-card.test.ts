import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { shareCardFonts, shareCardPng, shareCardTree, type ShareCardLook } from '../../src/lib/share-card.ts';
import { cardOutline, shareCardText } from '../../src/views/share-card.ts';
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

test('the outline of Afghanistan is a small standalone SVG with Kabul marked inside it', () => {
  const { svg, width, height } = cardOutline(colours);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 330"/);
  const [, cx, cy] = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)!;
  // Kabul is in the country's east, a little north of its middle.
  assert.ok(Number(cx) > width / 2 && Number(cy) < height / 2 + 20, `Kabul at ${cx}, ${cy}`);
  assert.ok(svg.length < 6000, `${svg.length} characters`);
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
