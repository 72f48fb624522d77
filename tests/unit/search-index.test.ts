import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUsedSearchFile } from '../../src/integrations/search-index.ts';

test('only the search files the site uses are kept', () => {
  assert.equal(isUsedSearchFile('pagefind.js'), true);
  assert.equal(isUsedSearchFile('pagefind-highlight.js'), true);
  assert.equal(isUsedSearchFile('wasm.en-gb.pagefind'), true);
  assert.equal(isUsedSearchFile('index/en-gb_abc.pf_index'), true);
  for (const unused of ['pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css']) {
    assert.equal(isUsedSearchFile(unused), false, unused);
  }
});
