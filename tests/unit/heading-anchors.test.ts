import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';
import { markdownHtml } from '../support/markdown.ts';

const html = (markdown: string) => markdownHtml(markdown, { hastPlugins: [headingAnchors()], features: { smartPunctuation: true } });

test('each section heading gets its id and a link to itself, named after it', () => {
  const out = html('## The signing *in Doha*');
  assert.match(out, /^<h2 id="the-signing-in-doha">The signing <em>in Doha<\/em>\u2060<a class="heading-anchor" aria-label="Link to this section: The signing in Doha" href="#the-signing-in-doha" tabindex="-1"><\/a><\/h2>$/);
});

test('ids are made as Astro makes them: smart quotes dropped, repeats numbered within a chapter', () => {
  const chapter = "## The Taliban's terms\n\n## Talks\n\n### Talks\n";
  assert.deepEqual([...html(chapter).matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]), ['the-talibans-terms', 'talks', 'talks-1']);
  // A new chapter starts its own count.
  assert.deepEqual([...html('## Talks').matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]), ['talks']);
});

test('the footnotes heading has no link of its own', () => {
  const out = html('Text.[^a]\n\n[^a]: A note.\n');
  assert.match(out, /<h2[^>]* id="footnote-label">Footnotes<\/h2>/);
  assert.doesNotMatch(out, /heading-anchor/);
});
