import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { actorRecord, eventRecord, isUsedSearchFile } from '../../src/lib/search-records.ts';

test('an event becomes a record that links to its anchor on the timeline, dated at its precision', () => {
  const date = parsePartialDate('2020-09-12') as PartialDate;
  const r = eventRecord({ id: 'talks-open', date, title: 'Talks open in Doha', summary: 'The sides met.' }, 'Round two', '/x/timeline/');
  assert.equal(r.url, '/x/timeline/#event-talks-open');
  assert.equal(r.meta.title, '12 September 2020: Talks open in Doha');
  assert.match(r.content, /^12 September 2020: Talks open in Doha\. The sides met\.$/);
  assert.deepEqual(r.filters, { type: ['Timeline event'], chapter: ['Round two'] });
});

test('a person or group becomes a record in every chapter they appear in', () => {
  const r = actorRecord({ id: 'zalmay-khalilzad', name: 'Zalmay Khalilzad', role: 'US envoy', description: 'Led the talks.' }, ['Round one', 'Outlook'], '/people/');
  assert.equal(r.url, '/people/#zalmay-khalilzad');
  assert.deepEqual(r.filters.chapter, ['Round one', 'Outlook']);
});

test('only the search files the site uses are kept', () => {
  assert.equal(isUsedSearchFile('pagefind.js'), true);
  assert.equal(isUsedSearchFile('pagefind-highlight.js'), true);
  assert.equal(isUsedSearchFile('wasm.en-gb.pagefind'), true);
  assert.equal(isUsedSearchFile('index/en-gb_abc.pf_index'), true);
  for (const unused of ['pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css']) {
    assert.equal(isUsedSearchFile(unused), false, unused);
  }
});
