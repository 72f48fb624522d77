import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('the pool writes each card byte for byte as shareCardPng draws it, however many threads, and each card once', { timeout: 60_000 }, async () => {
  const expected = await Promise.all(jobs.map((j) => shareCardPng(j.text, look, j.card)));
  for (const threads of [1, 2]) {
    const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
    try {
      const pool = shareCardPool(dir, threads);
      pool.draw(jobs, look);
      // Given twice (Astro may ask a route for its paths again): drawn once.
      pool.draw(jobs, look);
      assert.equal(await pool.finish(), jobs.length, `${threads} thread(s)`);
      assert.deepEqual(readdirSync(join(dir, 'share')).sort(), jobs.map((j) => j.card.slice('share/'.length)).sort());
      jobs.forEach((job, i) => assert.deepEqual(readFileSync(join(dir, job.card)), expected[i], `${job.card} with ${threads} thread(s)`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('the workers take their cards themselves: they draw every card while the thread that gave them is busy', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
  try {
    const pool = shareCardPool(dir, 1);
    pool.draw(jobs, look);
    // The event loop never turns here, so no message from the worker is read until every card is on disk.
    const written = () => (existsSync(join(dir, 'share')) ? readdirSync(join(dir, 'share')).length : 0);
    const until = Date.now() + 30_000;
    while (written() < jobs.length && Date.now() < until);
    assert.equal(written(), jobs.length);
    assert.equal(await pool.finish(), jobs.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a worker frees each card's pixels as it goes, not when its batch ends", { timeout: 120_000 }, async () => {
  // resvg's images (about 6 MB a card, in native memory) are freed only between turns of the worker's event
  // loop: held to the end, 150 cards would raise the process's peak by some 900 MB.
  const many = Array.from({ length: 150 }, (_, i) => ({ card: `share/card-${i}.png`, text: jobs[i % jobs.length]!.text }));
  const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
  try {
    const before = process.resourceUsage().maxRSS;
    const pool = shareCardPool(dir, 1);
    pool.draw(many, look);
    assert.equal(await pool.finish(), many.length);
    const grownMiB = (process.resourceUsage().maxRSS - before) / 1024;
    assert.ok(grownMiB < 400, `the peak memory grew by ${grownMiB.toFixed(0)} MiB drawing ${many.length} cards`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a pool given no cards finishes at once', async () => {
  assert.equal(await shareCardPool(tmpdir()).finish(), 0);
});

test('a card the fonts cannot draw fails the pool, naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
  try {
    const pool = shareCardPool(dir, 2);
    const pashto = { card: 'ps/share/test.png', text: { site: 'ټ', title: 'ښ', footer: 'ۍ', dir: 'rtl' as const } };
    const latinOnly: ShareCardLook = { ...look, fonts: { ...look.fonts, arabic: look.fonts.sans, arabicSemibold: look.fonts.sansBold, arabicBold: look.fonts.serif } };
    pool.draw([pashto, jobs[0]!], latinOnly);
    await assert.rejects(pool.finish(), /^Error: ps\/share\/test\.png: no font of the share card has ټ \(U\+067C\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
