import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markPrintedAddresses } from '../../src/lib/print-addresses.ts';

test('the first link to each external address carries it, as typed; later links to it, nothing', () => {
  const html =
    '<p><a href="https://www.a.example/x?q=1&amp;r=2" rel="external">A</a> <a href="#fn-1">1</a> <a href="http://b.example/">B</a></p>' +
    '<li><a class="s" href="https://www.a.example/x?q=1&amp;r=2">A again</a> <a href="/people/#x">X</a> <a href="https://www.a.example/y">A, another page</a></li>';
  assert.equal(
    markPrintedAddresses(html),
    '<p><a data-address="a.example/x?q=1&amp;r=2" href="https://www.a.example/x?q=1&amp;r=2" rel="external">A</a> <a href="#fn-1">1</a> <a data-address="b.example/" href="http://b.example/">B</a></p>' +
      '<li><a class="s" href="https://www.a.example/x?q=1&amp;r=2">A again</a> <a href="/people/#x">X</a> <a data-address="a.example/y" href="https://www.a.example/y">A, another page</a></li>',
  );
});
