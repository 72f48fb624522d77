import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupCitations } from '../../src/markdown/group-citations.ts';
import { tidyMarkup } from '../../src/markdown/tidy-markup.ts';
import { markdownHtml } from '../support/markdown.ts';

const html = (markdown: string) => markdownHtml(markdown, { hastPlugins: [groupCitations(), tidyMarkup()], features: { gfm: { footnotes: { label: 'Sources' } } } });
const NOTES = '\n\n[^a]: Note A.\n[^b]: Note B.\n[^c]: Note C.\n';
/** The superscripts of some HTML, as the reader sees them. */
const marks = (out: string) => [...out.matchAll(/<sup>(.*?)<\/sup>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

test('references that follow one another become one group, in ascending order, with commas', () => {
  const out = html(`One.[^a] Two.[^b] Three.[^c][^b][^a]${NOTES}`);
  assert.deepEqual(marks(out), ['1', '2', '1, 2, 3']);
  // Each reference keeps its own link and id, so every way back still lands.
  for (const id of ['a-2', 'b-2', 'c']) assert.match(out, new RegExp(`<a href="#user-content-fn-${id.split('-')[0]}" id="user-content-fnref-${id}" aria-describedby="footnote-label">`));
});

test('references apart, and in a table cell, are grouped only where adjacent', () => {
  assert.deepEqual(marks(html(`One.[^a] and[^b]\n\n| x |\n|---|\n| y[^c][^a] |${NOTES}`)), ['1', '2', '1, 3']);
});

test('a note cited once links back with one arrow; a note cited often, with "↑ a b c"', () => {
  const out = html(`One.[^a] Two.[^b] Three.[^b] Four.[^b]${NOTES.replace('[^c]: Note C.\n', '')}`);
  assert.match(out, /Note A\. <a href="#user-content-fnref-a" aria-label="Back to reference 1">↑<\/a><\/li>/);
  assert.match(
    out,
    /Note B\. <span aria-hidden="true">↑<\/span> <a href="#user-content-fnref-b" aria-label="Back to reference 2">a<\/a> <a href="#user-content-fnref-b-2" aria-label="Back to reference 2-2">b<\/a> <a href="#user-content-fnref-b-3" aria-label="Back to reference 2-3">c<\/a><\/li>/,
  );
  assert.doesNotMatch(out, /↩/);
});

test('references side by side are grouped wherever they stand: in emphasis and in a heading too', () => {
  const out = html(`A *quoted phrase[^b][^a]*.\n\n## A heading[^c][^a]\n\nApart:[^a] [^b]${NOTES}`);
  // Notes are numbered as first cited: b is 1, a 2, c 3.
  assert.deepEqual(marks(out), ['1, 2', '2, 3', '2', '1']);
});

test('a note that ends in a list or a quotation links back the same way', () => {
  const out = html('One.[^a] Two.[^a]\n\n[^a]: - first\n    - second\n');
  // Outside a paragraph GFM puts line breaks between the ways back; a browser shows them as spaces.
  assert.match(out, /<\/ul>\s*<span aria-hidden="true">↑<\/span> <a href="#user-content-fnref-a"[^>]*>a<\/a>\s+<a href="#user-content-fnref-a-2"[^>]*>b<\/a><\/li>/);
  assert.doesNotMatch(out, /↩/);
});
