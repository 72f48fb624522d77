import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tableLabel } from '../../src/lib/tables.ts';

test('names a table after its column headings, without markup', () => {
  const html = '<thead><tr><th>Part</th><th align="left">The <em>commitment</em></th></tr></thead><tbody><tr><td>1</td><td>x</td></tr></tbody>';
  assert.equal(tableLabel(html), 'Table: Part, The commitment');
});

test('falls back to "Table" when there are no headings', () => {
  assert.equal(tableLabel('<tbody><tr><td>1</td></tr></tbody>'), 'Table');
});
