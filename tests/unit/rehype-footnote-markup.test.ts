import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import rehypeFootnoteMarkup from '../../src/markdown/rehype-footnote-markup.ts';

test('footnotes lose the hooks for GitHub’s stylesheet and keep their ids, links, labels and classes', () => {
  const tree = h(null, [
    h('p', ['Text', h('sup', [h('a', { href: '#user-content-fn-a', id: 'user-content-fnref-a', dataFootnoteRef: '', ariaDescribedBy: 'footnote-label' }, '1')])]),
    h('section', { dataFootnotes: '', className: ['footnotes'] }, [
      h('ol', [h('li', { id: 'user-content-fn-a' }, [
        h('a', { href: '#user-content-fnref-a', dataFootnoteBackref: '', ariaLabel: 'Back to reference 1', className: ['data-footnote-backref'] }, '↩'),
        h('a', { href: '#x', dataFootnoteBackref: '', className: ['data-footnote-backref', 'kept'] }, '↩'),
      ])]),
    ]),
  ]) as Root;
  rehypeFootnoteMarkup()(tree);
  assert.equal(
    toHtml(tree),
    '<p>Text<sup><a href="#user-content-fn-a" id="user-content-fnref-a" aria-describedby="footnote-label">1</a></sup></p>' +
      '<section data-footnotes="" class="footnotes"><ol><li id="user-content-fn-a">' +
      '<a href="#user-content-fnref-a" aria-label="Back to reference 1">↩</a><a href="#x" class="kept">↩</a></li></ol></section>',
  );
});
