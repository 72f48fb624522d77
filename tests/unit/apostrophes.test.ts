import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkApostrophes, straightApostrophes } from '../../src/lib/apostrophes.ts';

const where = { file: 'content/actors.yaml', path: '/x/content/actors.yaml' };

test('a straight apostrophe between letters is found with its line and column', () => {
  const found = straightApostrophes('- id: a\n  role: Ghani\'s deputy\n');
  assert.deepEqual(found.map((f) => [f.line, f.column]), [[2, 14]]);
});

test('curly apostrophes, comments, addresses and quotes around words pass', () => {
  assert.deepEqual(straightApostrophes("# who's who\n  role: Ghani’s deputy\n  url: https://x.org/talibans-it's\n  title: 'Quoted'\n"), []);
});

test('the build error names the file and the line, and the other lines', () => {
  assert.throws(
    () => checkApostrophes("a: ok\nb: Najibullah's\nc: Taliban's\n", where),
    (error: Error & { loc?: { line: number; file: string } }) =>
      /^content\/actors\.yaml, line 2: a straight apostrophe in "b: Najibullah's/.test(error.message) &&
      /also on line 3\./.test(error.message) && error.loc?.line === 2 && error.loc.file === where.path,
  );
  assert.doesNotThrow(() => checkApostrophes('a: Ghani’s\n', where));
});

test('the YAML data files have no straight apostrophes', () => {
  for (const name of ['actors', 'events', 'glossary', 'commitments', 'troop-levels', 'search-synonyms']) {
    const file = `content/${name}.yaml`;
    assert.deepEqual(straightApostrophes(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')), [], file);
  }
});
