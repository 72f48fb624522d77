import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContentError } from '../../src/lib/content-errors.ts';
import { CSV_LINE, entriesById, parseCsvTable, parseYamlList } from '../../src/lib/data-files.ts';

const where = { file: 'content/events.yaml', path: '/site/content/events.yaml' };
const csv = { file: 'content/sources.csv', path: '/site/content/sources.csv' };

/** Runs `fn`, expects a ContentError, and returns it. */
function contentError(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an error');
}

test('YAML is read with the core schema: dates stay as typed, impossible ones included', () => {
  assert.deepEqual(parseYamlList('- id: a\n  date: 2020-02-30\n  year: 1994\n', where), [{ id: 'a', date: '2020-02-30', year: 1994 }]);
});

test('a YAML syntax error names the file and the line, with the lines around it and no stack', () => {
  const error = contentError(() => parseYamlList('- id: a\n  title: "open\n- id: b\n', where));
  assert.match(error.message, /^content\/events\.yaml, line \d+: this is not valid YAML \(.+\)\. Check the indentation and the quotes/);
  assert.match(error.message, /\| - id: a/);
  assert.equal(error.loc?.file, '/site/content/events.yaml');
  assert.equal(error.stack, '');
  const indent = contentError(() => parseYamlList('- id: a\n   x: 1\n  y: 2\n', where));
  assert.match(indent.message, /line 2: .*bad indentation/);
  assert.equal(indent.loc?.line, 2);
});

test('CSV rows become objects keyed by the header, each knowing its line', () => {
  const rows = parseCsvTable('id,title\n a , The title \n\nb,"Two\nlines"\n', csv) as Record<string | symbol, unknown>[];
  assert.deepEqual(rows.map((r) => ({ ...r })), [{ id: 'a', title: 'The title' }, { id: 'b', title: 'Two\nlines' }].map((r, i) => ({ ...r, [CSV_LINE]: [2, 5][i] })));
  // The line is not a field: a schema never sees it.
  assert.deepEqual(Object.keys(rows[0]!), ['id', 'title']);
});

test('a CSV row with too many cells names its line and says to quote commas', () => {
  const error = contentError(() => parseCsvTable('id,title,publisher\na,T,P\nb,Kabul, Afghanistan,P\n', csv));
  assert.equal(
    error.message,
    'content/sources.csv, line 3: this row has 4 cells, but the header row has 3. Put double quotes around any cell that contains a comma, e.g. "Kabul, Afghanistan".',
  );
  assert.equal(error.loc?.line, 3);
});

test('an unclosed CSV quote names its line', () => {
  assert.match(contentError(() => parseCsvTable('id,title\na,"open\n', csv)).message, /^content\/sources\.csv, line 2: this is not valid CSV/);
});

test('entries are keyed by their ids', () => {
  assert.deepEqual(entriesById([{ id: 'a', x: 1 }, { id: 'b' }], where), [
    { id: 'a', data: { id: 'a', x: 1 } },
    { id: 'b', data: { id: 'b' } },
  ]);
});

test('a file that is not a list, an entry that is not a group, a missing or repeated id: each is named', () => {
  assert.match(contentError(() => entriesById({ id: 'a' }, where)).message, /content\/events\.yaml: expected a list of entries/);
  assert.match(contentError(() => entriesById([{ id: 'a' }, 'b'], where)).message, /entry 2 \(the one after "a"\): expected a group of fields/);
  assert.equal(
    contentError(() => entriesById([{ id: 'a' }, { title: 'x' }], where)).message,
    'content/events.yaml, entry 2 (the one after "a"), field "id": missing: expected a unique id written as text, e.g. id: fall-of-kabul',
  );
  assert.match(contentError(() => entriesById([{ id: 2001 }], where)).message, /entry 1, field "id": expected a unique id .*, not 2001$/);
  assert.equal(
    contentError(() => entriesById([{ id: 'a' }, { id: 'b' }, { id: 'a' }], where)).message,
    'content/events.yaml, entries 1 and 3, field "id": both use the id "a"; each entry needs its own',
  );
});
