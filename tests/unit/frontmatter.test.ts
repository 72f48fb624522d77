import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContentError } from '../../src/lib/content-errors.ts';
import { coreFrontmatter } from '../../src/lib/frontmatter.ts';

const where = { file: 'content/chapters/round-one.mdx', path: '/site/content/chapters/round-one.mdx' };

test('frontmatter dates stay as typed, so that 2020-02-30 is not silently read as 1 March', () => {
  const mdx = '---\ntitle: "Round one"\norder: 2\nasOf: 2020-02-30\nperiod: { start: 2018-09, end: 2020-02-29 }\n---\n\nText.\n';
  assert.deepEqual(coreFrontmatter(mdx, where), {
    title: 'Round one',
    order: 2,
    asOf: '2020-02-30',
    period: { start: '2018-09', end: '2020-02-29' },
  });
});

test('a file without frontmatter, or with an empty block, has no fields', () => {
  assert.deepEqual(coreFrontmatter('Just text.\n', where), {});
  assert.deepEqual(coreFrontmatter('---\n---\nText.\n', where), {});
});

test('a frontmatter syntax error names the file and its line in the file', () => {
  const mdx = '---\ntitle: Round one\norder: [2\nasOf: 2021-03-01\n---\nText.\n';
  assert.throws(
    () => coreFrontmatter(mdx, where),
    (error: unknown) =>
      error instanceof ContentError &&
      /^content\/chapters\/round-one\.mdx, line \d: this is not valid YAML/.test(error.message) &&
      error.loc?.file === where.path &&
      // The reader flags the line after the unclosed bracket, as a YAML parser must.
      error.loc.line === 4,
  );
});
