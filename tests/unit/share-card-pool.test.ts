import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { shareCardFonts, shareCardPng, type ShareCardLook } from '../../src/lib/share-card.ts';
import { shareCardPool } from '../../src/lib/share-card-pool.ts';
import { cardOutline, shareCardText } from '../../src/views/share-card.ts';
import { ROOT } from '../support/project.ts';
import { CHAPTERS, context } from './views/fixtures.ts';

const font = (file: string) => readFileSync(`${ROOT}/node_modules/@fontsource/${file}`);
const colours = { bg: '#1e232a', text: '#e6e4df', muted: '#a7adb6', accent: '#f4a27a' };
const look: ShareCardLook = { colours, fonts: shareCardFonts(font), art: cardOutline(colours) };
const jobs = [undefined, ...CHAPTERS].map((chapter) => ({ card: `share/${chapter?.id ?? 'home'}.png`, text: shareCardText(chapter, CHAPTERS, context) }));

test('the pool draws each card byte for byte as shareCardPng does, however many threads; one no worker has begun, when it is taken', { timeout: 60_000 }, async () => {
  const expected = await Promise.all(jobs.map((j) => shareCardPng(j.text, look, j.card)));
  // With no threads every card is drawn as it is taken; with one, the cards taken before the worker reaches them.
  for (const threads of [0, 1, 2]) {
    const pool = shareCardPool(threads);
    try {
      pool.draw(jobs, look);
      // Given twice (Astro may ask a route for its paths again): drawn once, and still there to take.
      pool.draw(jobs, look);
      // Taken in another order than drawn.
      for (const i of [2, 0, 1]) assert.deepEqual(await pool.take(jobs[i]!.card), expected[i], `${jobs[i]!.card} with ${threads} thread(s)`);
      await assert.rejects(pool.take(jobs[0]!.card), /share\/home\.png: the share card was never given to the pool/);
    } finally {
      await pool.close();
    }
  }
});

test('a card the fonts cannot draw fails when it is taken, naming it; the other cards are drawn', async () => {
  const pool = shareCardPool(2);
  try {
    const pashto = { card: 'ps/share/test.png', text: { site: 'ټ', title: 'ښ', footer: 'ۍ', dir: 'rtl' as const } };
    const latinOnly: ShareCardLook = { ...look, fonts: { ...look.fonts, arabic: look.fonts.sans, arabicSemibold: look.fonts.sansBold, arabicBold: look.fonts.serif } };
    pool.draw([pashto, jobs[0]!], latinOnly);
    await assert.rejects(pool.take(pashto.card), /^Error: ps\/share\/test\.png: no font of the share card has ټ \(U\+067C\)/);
    assert.ok((await pool.take(jobs[0]!.card)).length > 1000);
  } finally {
    await pool.close();
  }
});
