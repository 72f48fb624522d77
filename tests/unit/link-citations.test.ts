import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citableSources, linkCitations } from '../../src/markdown/link-citations.ts';
import { markdownHtml } from '../support/markdown.ts';

const sources = citableSources([
  { id: 'un-sc-2513', title: 'Security Council Endorses Agreement', url: 'https://press.un.org/en/2020/sc14139.doc.htm' },
  { id: 'wapo', title: 'At war with the truth', url: '' },
  { id: 'rfe', title: 'Six Taliban Prisoners Fly To Doha', url: 'https://www.rferl.org/a/x.html' },
]);

const html = (markdown: string, hastPlugins = [linkCitations({ sources: () => sources })]) => markdownHtml(markdown, { hastPlugins });

test("a footnote's headline links to its source's address", () => {
  const out = html('Endorsed.[^un-sc-2513]\n\n[^un-sc-2513]: UN, *Security Council endorses agreement*, 10 March 2020.\n');
  assert.match(out, /<em><a href="https:\/\/press\.un\.org\/en\/2020\/sc14139\.doc\.htm">Security Council endorses agreement<\/a><\/em>/);
  // The back-reference is left alone.
  assert.match(out, /<a href="#user-content-fnref-un-sc-2513" data-footnote-backref[^>]*>↩<\/a>/);
});

test('only the emphasis that quotes the headline is linked, once', () => {
  const out = html('Endorsed.[^un-sc-2513]\n\n[^un-sc-2513]: UN, *press release*: *Security Council Endorses Agreement*, and again *Security Council Endorses Agreement*.\n');
  assert.equal(out.match(/<a href="https:/g)?.length, 1);
  assert.match(out, /<em>press release<\/em>: <em><a href="https:\/\/press/);
});

test('a headline the writer linked gets the bibliography address', () => {
  const out = html('Flown.[^rfe]\n\n[^rfe]: RFE/RL, *[Six Taliban Prisoners Fly To Doha](https://example.org/old)*.\n');
  assert.match(out, /<em><a href="https:\/\/www\.rferl\.org\/a\/x\.html">Six Taliban Prisoners Fly To Doha<\/a><\/em>/);
});

test('a source without an address, other emphasis and other lists stay as written', () => {
  const markdown = [
    'Said.[^wapo] Noted.[^un-sc-2513]',
    '',
    '- *Security Council Endorses Agreement*',
    '',
    '[^wapo]: The Washington Post, *At war with the truth*.',
    '[^un-sc-2513]: UN, *press release*.',
    '',
  ].join('\n');
  assert.equal(html(markdown), html(markdown, []));
});

test('the bibliography rows are read loosely: unreadable input gives no sources', () => {
  assert.deepEqual(citableSources(undefined), []);
  assert.deepEqual(citableSources([{ id: 'a' }, null, { id: 'b', title: 'T', url: '' }]), [{ id: 'b', title: 'T', url: undefined }]);
});
