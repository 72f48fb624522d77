/**
 * Each test builds a copy of the real content with a single fault and checks that the build
 * stops (non-zero exit) with a message naming the file, the field and what is expected.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildWithFault, edit } from '../support/build.ts';

function assertFails(result: { status: number | null; output: string }, ...expected: (string | RegExp)[]) {
  assert.notEqual(result.status, 0, 'the build should fail');
  for (const e of expected) {
    if (typeof e === 'string') assert.ok(result.output.includes(e), `expected "${e}" in:\n${result.output.slice(-3000)}`);
    else assert.match(result.output, e);
  }
}

test('a mistyped frontmatter field names the chapter file and the field', () => {
  const result = buildWithFault((c) => edit(join(c, 'chapters/round-one.mdx'), /^order: 2$/m, 'order: two'));
  assertFails(result, 'round-one.mdx', 'order', /expected a whole number from 1 to 4/i);
});

test('a missing frontmatter field names the chapter file and the field', () => {
  const result = buildWithFault((c) => edit(join(c, 'chapters/outlook.mdx'), /^summary:.*\n/m, ''));
  assertFails(result, 'outlook.mdx', 'summary');
});

test('an event that points at a chapter that does not exist names the file, the entry and the field', () => {
  const result = buildWithFault((c) => edit(join(c, 'events.yaml'), /^  chapter: background$/m, '  chapter: backgroun'));
  assertFails(result, 'events.yaml', 'field "chapter"', 'there is no chapters entry "backgroun"');
});
