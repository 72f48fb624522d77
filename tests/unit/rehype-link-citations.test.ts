import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import rehypeLinkCitations, { citableSources } from '../../src/markdown/rehype-link-citations.ts';

const sources = citableSources([
  { id: 'un-sc-2513', title: 'Security Council Endorses Agreement', url: 'https://press.un.org/en/2020/sc14139.doc.htm' },
  { id: 'wapo', title: 'At war with the truth', url: '' },
  { id: 'rfe', title: 'Six Taliban Prisoners Fly To Doha', url: 'https://www.rferl.org/a/x.html' },
]);

const footnote = (id: string, ...children: (string | ElementContent)[]) =>
  h('li', { id: `user-content-fn-${id}` }, [h('p', {}, [...children, ' ', h('a', { href: `#user-content-fnref-${id}`, dataFootnoteBackref: '' }, '↩')])]);

function run(tree: Root): string {
  rehypeLinkCitations({ sources: () => sources })(tree);
  return toHtml(tree);
}

test("a footnote's headline links to its source's address", () => {
  const html = run(h(null, [h('section', { dataFootnotes: '' }, [h('ol', {}, [footnote('un-sc-2513', 'UN, ', h('em', 'Security Council endorses agreement'), ', 10 March 2020.')])])]));
  assert.match(html, /<em><a href="https:\/\/press\.un\.org\/en\/2020\/sc14139\.doc\.htm" rel="external noopener">Security Council endorses agreement<\/a><\/em>/);
  // The back-reference is left alone.
  assert.match(html, /<a href="#user-content-fnref-un-sc-2513" data-footnote-backref="">↩<\/a>/);
});

test('a headline the writer linked gets the bibliography address and the same rel', () => {
  const html = run(h(null, [h('ol', {}, [footnote('rfe', 'RFE/RL, ', h('em', [h('a', { href: 'https://example.org/old' }, 'Six Taliban Prisoners Fly To Doha')]), '.')])]));
  assert.match(html, /<em><a href="https:\/\/www\.rferl\.org\/a\/x\.html" rel="external noopener">Six Taliban Prisoners Fly To Doha<\/a><\/em>/);
});

test('a source without an address, other emphasis and other lists stay as written', () => {
  const tree = h(null, [
    h('ol', {}, [
      footnote('wapo', 'The Washington Post, ', h('em', 'At war with the truth'), '.'),
      footnote('un-sc-2513', 'UN, ', h('em', 'press release'), '.'),
      h('li', { id: 'not-a-footnote' }, [h('em', 'Security Council Endorses Agreement')]),
    ]),
  ]);
  const before = toHtml(tree);
  assert.equal(run(tree), before);
});

test('the bibliography rows are read loosely: unreadable input gives no sources', () => {
  assert.deepEqual(citableSources(undefined), []);
  assert.deepEqual(citableSources([{ id: 'a' }, null, { id: 'b', title: 'T', url: '' }]), [{ id: 'b', title: 'T', url: undefined }]);
});
