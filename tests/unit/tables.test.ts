import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelCells, tableHeadings } from '../../src/lib/tables.ts';

const TABLE = '<thead><tr><th>Part</th><th align="left">The <em>commitment</em></th><th>When</th></tr></thead><tbody><tr><td>1</td><td>x</td><td align="right">May</td></tr><tr><td>2</td><td>y</td><td>“June”</td></tr></tbody>';

test('a table’s column headings, without markup', () => {
  assert.deepEqual(tableHeadings(TABLE), ['Part', 'The commitment', 'When']);
  assert.deepEqual(tableHeadings('<tbody><tr><td>1</td></tr></tbody>'), []);
});

test('every data cell but the first of its row carries its column’s heading', () => {
  assert.equal(
    labelCells(TABLE, ['Part', 'The "commitment"', 'When']),
    '<thead><tr><th>Part</th><th align="left">The <em>commitment</em></th><th>When</th></tr></thead><tbody><tr><td>1</td><td data-label="The &quot;commitment&quot;">x</td><td data-label="When" align="right">May</td></tr><tr><td>2</td><td data-label="The &quot;commitment&quot;">y</td><td data-label="When">“June”</td></tr></tbody>',
  );
  // A cell past the headings has no label to give.
  assert.equal(labelCells('<tr><td>a</td><td>b</td></tr>', ['A']), '<tr><td>a</td><td>b</td></tr>');
});
