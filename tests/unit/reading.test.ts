import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, readingMinutes } from '../../src/lib/reading.ts';

test('counts prose words, not frontmatter, markup or footnote definitions', () => {
  const md = '---\ntitle: Ten words of frontmatter that must not count at all\n---\n\nThe deal was signed on 29 February 2020.[^text]\n\n| a | b |\n|---|---|\n\n<Postscript>\n\n[^text]: Agreement text, 2020.\n';
  assert.equal(countWords(md), 10); // 8 words of prose and 2 table cells
});

test('rounds reading time to whole minutes, at least one', () => {
  assert.equal(readingMinutes('word '.repeat(10)), 1);
  assert.equal(readingMinutes('word '.repeat(1100)), 5);
});
