import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tidyMarkup } from '../../src/markdown/tidy-markup.ts';
import { markdownHtml } from '../support/markdown.ts';

const html = (markdown: string, hastPlugins = [tidyMarkup()]) => markdownHtml(markdown, { hastPlugins, features: { gfm: { footnotes: { label: 'Sources' } } } });

test('the footnotes heading is shown, and the footnotes lose the hooks for GitHub’s stylesheet', () => {
  const out = html('Text.[^a]\n\n[^a]: A note.\n');
  assert.match(out, /<h2 id="footnote-label">Sources<\/h2>/);
  assert.match(out, /<section class="footnotes">/);
  assert.match(out, /<a href="#user-content-fn-a" id="user-content-fnref-a" aria-describedby="footnote-label">1<\/a>/);
  assert.match(out, /<li id="user-content-fn-a">A note\. <a href="#user-content-fnref-a" aria-label="Back to reference 1">/);
  assert.doesNotMatch(out, /data-footnote-ref|data-footnote-backref|data-footnotes/);
  // Without the plugin, Sätteri hides the heading and marks references and back-links for GitHub's stylesheet.
  assert.match(html('Text.[^a]\n\n[^a]: A note.\n', []), /data-footnote-ref[\s\S]*class="sr-only"[\s\S]*data-footnote-backref/);
});

test('a table has no line breaks between its rows and cells; its text keeps its spaces', () => {
  assert.equal(html('| a b | c |\n|---|---|\n| 1 | 2 |'), '<table><thead><tr><th>a b</th><th>c</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>');
});

test('a list loses the line breaks between its items and around an item’s paragraph, never a space in its text', () => {
  assert.equal(html('- a *b* c\n- d\n\n- e\n'), '<ul><li><p>a <em>b</em> c</p></li><li><p>d</p></li><li><p>e</p></li></ul>');
  assert.equal(html('1. a [b](#x) c\n2. d\n'), '<ol><li>a <a href="#x">b</a> c</li><li>d</li></ol>');
});

test('a one-paragraph footnote keeps its text in the list item; a longer one keeps its paragraphs', () => {
  const out = html('Text.[^a] More.[^b]\n\n[^a]: A note.\n\n[^b]: First.\n\n    Second.\n');
  assert.match(out, /<li id="user-content-fn-a">A note\. <a href="#user-content-fnref-a"[^>]*>↩<\/a><\/li>/);
  assert.match(out, /<li id="user-content-fn-b"><p>First\.<\/p>\n<p>Second\./);
});

test('a footnote that is a quotation or a list keeps it, losing only the line breaks around it', () => {
  const out = html('Text.[^a] More.[^b]\n\n[^a]: > Quoted.\n\n[^b]: - one\n    - two\n');
  assert.match(out, /<li id="user-content-fn-a"><blockquote>\n<p>Quoted\.<\/p>\n<\/blockquote>/);
  assert.match(out, /<li id="user-content-fn-b"><ul><li>one<\/li><li>two<\/li><\/ul>/);
});
