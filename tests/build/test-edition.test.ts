/**
 * The whole pipeline for a translated edition, before the real translations arrive: a project copy with
 * the test edition (tests/fixtures/test-edition/: the English strings registered as "fa", three chapters
 * "translated" verbatim, one left out, one timeline event translated) builds, and its pages are right to
 * left, in the edition's digits, linked to the other editions and honest about what is translated.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build, copyProject, removeProject, type BuildResult } from '../support/build.ts';
import { registerTestStrings, writeTestChapters } from '../support/test-edition.ts';

let root = '';
let result: BuildResult;
const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');

before(async () => {
  root = copyProject();
  registerTestStrings(root, 'fa');
  writeTestChapters(root, 'fa', ['round-one', 'round-two', 'outlook']);
  writeFileSync(
    join(root, 'content/translations/fa/events.yaml'),
    '# Translation of content/events.yaml (test)\n- id: doha-agreement-signed\n  title: "امضای توافق دوحه"\n  summary: "خلیلزاد و برادر در دوحه توافق را امضا کردند."\n  note: "متن توافق تاریخ‌های هجری را نیز دارد: 5 رجب 1441 (قمری) و 10 حوت 1398 (شمسی)."\n',
  );
  result = await build(root);
});
after(() => (process.env.KEEP_TEST_EDITION ? console.log(root) : removeProject(root)));

test('the edition builds', () => {
  assert.equal(result.status, 0, result.output.slice(-5000));
});

test('its pages are Dari, right to left, with alternates for every edition and a switcher', () => {
  const html = page('fa/round-one');
  assert.match(html, /<html lang="fa-AF" dir="rtl">/);
  assert.match(html, /<link rel="alternate" hreflang="en-GB" href="[^"]*\/round-one\/">/);
  assert.match(html, /<link rel="alternate" hreflang="fa-AF" href="[^"]*\/fa\/round-one\/">/);
  assert.match(html, /<link rel="alternate" hreflang="x-default" href="[^"]*\/round-one\/">/);
  // The language choice, in the header's menu: each language named in itself.
  assert.match(html, /<ul class="languages[^"]*" aria-label="زبان‌های دیگر">.*?<a href="\/round-one\/" lang="en-GB" hreflang="en-GB"[^>]*>English<\/a>/s);
  assert.match(page('round-one'), /<a href="\/fa\/round-one\/" lang="fa-AF" hreflang="fa-AF"[^>]*>دری<\/a>/);
  // Each edition has its own search index (Pagefind splits by <html lang>).
  assert.ok(readdirSync(join(root, 'dist/pagefind')).some((f) => f.startsWith('pagefind.fa-af')), 'a Pagefind index for fa-AF');
});

test('a translated chapter says what it translates and shows the edition’s digits; an untranslated one leads to the English', () => {
  const html = page('fa/round-one');
  assert.match(html, /class="translation-notice[^"]*"[^>]*>.*?<time datetime="2026-12-02">۱۱ قوس ۱۴۰۵ \(۲ دسامبر ۲۰۲۶\)<\/time>.*?<a href="\/round-one\/" hreflang="en-GB">/s);
  assert.match(html, /۲۹ February ۲۰۲۰/);
  // The footnotes' heading and the section links in the edition's words; the English sources stay as published.
  assert.match(html, /<h2 id="footnote-label"[^>]*>منابع<\/h2>/);
  assert.match(html, /aria-label="پیوند به این بخش: /);
  assert.match(html, /Remarks by NATO Secretary General Jens Stoltenberg.*?29 February 2020/);
  const fallback = page('fa/background');
  // Its English title, summary, gist and figures, marked English, and the way to the English chapter; not its text again.
  assert.match(fallback, /<h1 id="chapter-title"[^>]*lang="en-GB" dir="ltr"/);
  assert.match(fallback, /<section class="in-brief"[^>]*>\s*<h2[^>]*>[^<]+<\/h2>\s*<ul lang="en-GB" dir="ltr">/);
  assert.match(fallback, /class="translation-notice[^"]*"[^>]*>\s*This chapter has not been translated yet\. <a href="\/background\/" hreflang="en-GB">/);
  assert.match(fallback, /<p class="read-english"><a href="\/background\/" hreflang="en-GB">/);
  assert.doesNotMatch(fallback, /section class="footnotes"|data-pagefind-body/, 'no footnotes, not indexed: the English page is');
  assert.match(page('background'), /section class="footnotes"/);
  // What it shares is the English edition's card: the same text, so the edition draws none of its own. It has no
  // Print button: its English page, which it leads to, prints the chapter. A translated chapter prints from its page.
  assert.match(fallback, /<meta property="og:image" content="[^"]*\/share\/background\.png">/);
  assert.doesNotMatch(fallback, /<meta property="og:image" content="[^"]*\/fa\/share\//);
  assert.ok(!existsSync(join(root, 'dist/fa/share/background.png')), 'no card of its own');
  assert.doesNotMatch(fallback, /<button[^>]* data-print/);
  assert.match(html, /<meta property="og:image" content="[^"]*\/fa\/share\/round-one\.png">/);
  assert.ok(existsSync(join(root, 'dist/fa/share/round-one.png')));
  assert.match(html, /<button type="button" data-print hidden>[^<]+<\/button>/);
});

test('a translated timeline event shows its text in the edition’s digits; the others are English', () => {
  const html = page('fa/timeline');
  assert.match(html, /امضای توافق دوحه/);
  assert.match(html, /۵ رجب ۱۴۴۱/);
  assert.match(html, /۱۰ حوت ۱۳۹۸ \(۲۹ فبروری ۲۰۲۰\)/);
  // An event without a translation is English text, marked so.
  assert.match(html, /id="event-soviet-invasion"[^>]*lang="en-GB" dir="ltr"/);
  assert.doesNotMatch(html, /id="event-doha-agreement-signed"[^>]*lang="en-GB"/);
  assert.match(page('fa/people'), /class="actor-name[^"]*" lang="en-GB" dir="ltr"|lang="en-GB" dir="ltr"[^>]*class="actor-name/);
});

test('the sitemap lists the edition', () => {
  const sitemap = readFileSync(join(root, 'dist/sitemap-0.xml'), 'utf8');
  assert.match(sitemap, /\/fa\/round-one\//);
});
