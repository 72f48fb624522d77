import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUsedSearchFile, withSpellings } from '../../src/integrations/search-index.ts';

test('only the search files the site uses are kept', () => {
  assert.equal(isUsedSearchFile('pagefind.js'), true);
  assert.equal(isUsedSearchFile('pagefind-highlight.js'), true);
  assert.equal(isUsedSearchFile('wasm.en-gb.pagefind'), true);
  assert.equal(isUsedSearchFile('index/en-gb_abc.pf_index'), true);
  for (const unused of ['pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css']) {
    assert.equal(isUsedSearchFile(unused), false, unused);
  }
});

test("a chapter's other spellings are hidden metadata inside its indexed region, and only where its text uses the word", () => {
  const synonyms = [{ id: 'taliban', word: 'Taliban', spellings: ['Taleban'] }, { id: 'doha', word: 'Doha', spellings: ['Dawha', 'D"oha'] }];
  const page = '<html><body><nav>Doha</nav><main data-pagefind-body><h1>Talks</h1><p>The Taliban met.</p></main></body></html>';
  assert.equal(
    withSpellings(page, synonyms),
    '<html><body><nav>Doha</nav><main data-pagefind-body><span data-pagefind-meta="spellings:Taleban"></span><h1>Talks</h1><p>The Taliban met.</p></main></body></html>',
  );
  assert.match(withSpellings(page.replace('The Taliban', 'In Doha'), synonyms), /data-pagefind-meta="spellings:Dawha, D&quot;oha"/);
  assert.equal(withSpellings('<main data-pagefind-body><p>Nothing.</p></main>', synonyms), '<main data-pagefind-body><p>Nothing.</p></main>');
  assert.equal(withSpellings('<p>Taliban, not indexed</p>', synonyms), '<p>Taliban, not indexed</p>');
});
