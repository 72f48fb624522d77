import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteLinkHref } from '../../src/markdown/site-links.ts';
import { tidyMarkup } from '../../src/markdown/tidy-markup.ts';
import { markdownHtml } from '../support/markdown.ts';

const html = (markdown: string, base = '/') => markdownHtml(markdown, { hastPlugins: [tidyMarkup({ base })] });

test('a chapter’s link to a page without a print edition carries that page’s address under the base', () => {
  assert.equal(html('See [the tracker](../agreement/).'), '<p>See <a href="/agreement/">the tracker</a>.</p>');
  assert.equal(html('See [it](../agreement/#commitment-five-bases).', '/explainers/afghanistan/'), '<p>See <a href="/explainers/afghanistan/agreement/#commitment-five-bases">it</a>.</p>');
});

test('links to other chapters stay relative, so a print edition links to print editions; other links are left alone', () => {
  assert.equal(siteLinkHref('../round-two/', '/'), undefined);
  assert.equal(siteLinkHref('../outlook/#postscript', '/'), undefined);
  assert.equal(siteLinkHref('#footnote-label', '/'), undefined);
  assert.equal(siteLinkHref('https://www.un.org/press/en/2020/sc14139.doc.htm', '/'), undefined);
  assert.equal(siteLinkHref('../../agreement/', '/'), undefined);
  assert.equal(siteLinkHref('../timeline/round-two/', '/sub/'), '/sub/timeline/round-two/');
});
