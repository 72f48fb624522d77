import assert from 'node:assert/strict';
import { test } from 'node:test';
import { h } from 'hastscript';
import { headingAnchorOptions } from '../../src/markdown/heading-anchors.ts';

test('each section heading gets a link named after it; the footnotes heading does not', () => {
  const heading = h('h2', { id: 'the-signing' }, ['The signing ', h('em', 'in Doha')]);
  assert.equal(headingAnchorOptions.test(heading), true);
  assert.equal(headingAnchorOptions.test(h('h2', { id: 'footnote-label' }, 'Footnotes')), false);
  assert.deepEqual(headingAnchorOptions.properties(heading), {
    className: ['heading-anchor'],
    ariaLabel: 'Link to this section: The signing in Doha',
  });
});
