import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoteHeadings, qualifyRegionNames, scopeIds, splitAfterOpening } from '../../src/lib/scoped-html.ts';

test('prefixes footnote ids and the links between references and notes', () => {
  const html =
    '<p>Text<sup><a href="#user-content-fn-crs20" id="user-content-fnref-crs20" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
    '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>' +
    '<ol><li id="user-content-fn-crs20"><p>CRS. <a href="#user-content-fnref-crs20" data-footnote-backref>↩</a></p></li></ol></section>';
  const out = scopeIds(html, 'round-one');
  assert.match(out, /href="#round-one-user-content-fn-crs20" id="round-one-user-content-fnref-crs20"/);
  assert.match(out, /aria-describedby="round-one-footnote-label"/);
  assert.match(out, /id="round-one-footnote-label"/);
  assert.match(out, /<li id="round-one-user-content-fn-crs20">/);
  assert.match(out, /href="#round-one-user-content-fnref-crs20" data-footnote-backref/);
});

test('leaves links to ids defined elsewhere, other attributes and text alone', () => {
  const html = '<section aria-labelledby="sources other"><h2 id="sources">Sources</h2><a href="#elsewhere">x</a>'
    + '<a href="/people/#taliban">Taliban</a><span data-id="sources">a id=&#34;x&#34;</span></section>';
  assert.equal(
    scopeIds(html, 'c'),
    '<section aria-labelledby="c-sources other"><h2 id="c-sources">Sources</h2><a href="#elsewhere">x</a>'
      + '<a href="/people/#taliban">Taliban</a><span data-id="sources">a id=&#34;x&#34;</span></section>',
  );
});

test('matches percent-encoded fragments', () => {
  assert.equal(scopeIds('<h2 id="café">x</h2><a href="#caf%C3%A9">y</a>', 'p'), '<h2 id="p-café">x</h2><a href="#p-café">y</a>');
});

test('moves headings down, opening and closing tags alike, and stops at h6', () => {
  assert.equal(
    demoteHeadings('<h2 id="a">A</h2><h3>B</h3><h6>C</h6><header>D</header><hr>', 1),
    '<h3 id="a">A</h3><h4>B</h4><h6>C</h6><header>D</header><hr>',
  );
});

test('adds the chapter heading to the names of labelled sections only', () => {
  assert.equal(
    qualifyRegionNames('<section class="s" aria-labelledby="c-sources"><h3 id="c-sources">Sources</h3></section><nav aria-labelledby="x"></nav>', 'chapter-c'),
    '<section class="s" aria-labelledby="c-sources chapter-c"><h3 id="c-sources">Sources</h3></section><nav aria-labelledby="x"></nav>',
  );
});

test('a text splits after its first paragraph that stands on its own', () => {
  assert.deepEqual(splitAfterOpening('<p>One <em>two</em>.</p>\n<p>Three.</p>'), ['<p>One <em>two</em>.</p>', '\n<p>Three.</p>']);
  // Paragraphs inside another element (a box, a list, a table) are not the opening.
  assert.deepEqual(splitAfterOpening('<aside><p>Box.</p></aside><h2 id="a">A<br></h2><p>Text<img src="x">.</p><p>More.</p>'), [
    '<aside><p>Box.</p></aside><h2 id="a">A<br></h2><p>Text<img src="x">.</p>',
    '<p>More.</p>',
  ]);
  assert.deepEqual(splitAfterOpening('<ul><li><p>Only a list.</p></li></ul>'), ['<ul><li><p>Only a list.</p></li></ul>', '']);
});
