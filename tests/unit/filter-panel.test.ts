import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterGroups, filterPanelHtml } from '../../src/lib/filter-panel.ts';

const words = { legends: { chapter: 'Chapter', type: 'Type' }, types: { chapter: 'Chapter', term: 'Glossary term' } };

test('the filters are the chapters, then the types; with no chapters listed, only the types', () => {
  const chapters = [{ value: 'background', label: 'Background' }];
  assert.deepEqual(filterGroups(chapters, words, ['chapter', 'term']), [
    { name: 'chapter', legend: 'Chapter', options: chapters },
    { name: 'type', legend: 'Type', options: [{ value: 'chapter', label: 'Chapter' }, { value: 'term', label: 'Glossary term' }] },
  ]);
  assert.deepEqual(filterGroups([], words, ['term']).map((g) => g.name), ['type']);
});

test('each filter is a radio group under its prefix, "All" first and checked, each value with its count', () => {
  const html = filterPanelHtml({ idPrefix: 'dialog', all: 'All', more: 'More', groups: filterGroups([{ value: 'round-one', label: 'Round <one>' }], words, ['term']) });
  assert.match(html, /<fieldset><legend>Chapter<\/legend><label><input type="radio" name="dialog-chapter" data-filter="chapter" value="" checked> All<\/label>/);
  assert.match(html, /<label><input type="radio" name="dialog-chapter" data-filter="chapter" value="round-one"> Round &lt;one&gt; <span class="count" data-count="chapter:round-one"><\/span><\/label>/);
  assert.match(html, /<div class="filters" id="dialog-filters" data-search-filters hidden>/);
  assert.match(html, /<ol class="results" id="dialog-results" data-search-results><\/ol>/);
  assert.match(html, /<p class="status" role="status" data-search-status><\/p>/);
  assert.match(html, /data-search-more hidden>More<\/button>$/);
});

test('labels are escaped, so a chapter title cannot break the markup', () => {
  const html = filterPanelHtml({ idPrefix: 'p', all: 'A & B', more: 'm', groups: [{ name: 'chapter', legend: '"x"', options: [{ value: 'a"b', label: '<b>' }] }] });
  assert.ok(html.includes('<legend>&quot;x&quot;</legend>'));
  assert.ok(html.includes('value="a&quot;b"'));
  assert.ok(!html.includes('<b>'));
  assert.ok(html.includes('A &amp; B'));
});
