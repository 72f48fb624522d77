import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestName, describeValue, expected, unknownFieldMessage } from '../../src/lib/field-messages.ts';

test('describes what a writer typed in words', () => {
  assert.equal(describeValue(undefined), 'nothing');
  assert.equal(describeValue(null), 'an empty value');
  assert.equal(describeValue(['a']), 'a list');
  assert.equal(describeValue('two'), 'the text "two"');
  assert.equal(describeValue('  '), 'empty text');
  assert.equal(describeValue(5), '5');
  assert.equal(describeValue(false), 'false');
  assert.equal(describeValue({ a: 1 }), 'a group of fields');
  assert.equal(describeValue(new Date(Date.UTC(2020, 2, 1))), 'the date 2020-03-01');
});

test('says a field is missing, or what it holds instead of what is expected', () => {
  const message = expected('a whole number from 1 to 4');
  assert.equal(message({ input: undefined }), 'missing: expected a whole number from 1 to 4');
  assert.equal(message({}), 'missing: expected a whole number from 1 to 4');
  assert.equal(message({ input: 'two' }), 'expected a whole number from 1 to 4, not the text "two"');
});

test('suggests the field a typo was meant to be, and nothing for a stranger', () => {
  const known = ['title', 'shortTitle', 'summary', 'order', 'asOf'];
  assert.equal(closestName('summmary', known), 'summary');
  assert.equal(closestName('Summary', known), 'summary');
  assert.equal(closestName('shorttitle', known), 'shortTitle');
  assert.equal(closestName('asof', known), 'asOf');
  assert.equal(closestName('colour', known), undefined);
});

test('an unknown field message names the field, the likely intended one and all known fields', () => {
  assert.equal(
    unknownFieldMessage('summmary', ['title', 'summary']),
    'unknown field "summmary"; did you mean "summary"? The fields here are: title, summary',
  );
  assert.equal(unknownFieldMessage('colour', ['title', 'summary']), 'unknown field "colour". The fields here are: title, summary');
});
