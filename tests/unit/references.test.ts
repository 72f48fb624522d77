import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brokenReferences, findReferences, unreferenced } from '../../src/lib/references.ts';

test('finds references at any depth, with their field path', () => {
  const data = { chapter: { collection: 'chapters', id: 'outlook' }, sources: [{ collection: 'sources', id: 'a' }], date: new Date(0) };
  assert.deepEqual(findReferences(data).map((r) => r.field), ['chapter', 'sources[0]']);
});

test('reports each missing target with file, entry and field', () => {
  const problems = brokenReferences({
    chapters: [{ id: 'background', data: {} }],
    sources: [{ id: 'cnbc', data: {} }],
    events: [
      { id: 'ok', filePath: 'content/events.yaml', data: { chapter: { collection: 'chapters', id: 'background' } } },
      {
        id: 'typo',
        filePath: 'content/events.yaml',
        data: { chapter: { collection: 'chapters', id: 'backgroun' }, sources: [{ collection: 'sources', id: 'cnbc' }, { collection: 'sources', id: 'nbc' }] },
      },
    ],
  });
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^content\/events\.yaml → entry "typo", field "chapter": there is no chapters entry "backgroun"\. Did you mean "background"\? Known ids: background\.$/);
  assert.match(problems[1]!, /field "sources\[1\]": there is no sources entry "nbc"/);
});

test('a long list of ids is not printed whole: the likely intended one is named', () => {
  const sources = Array.from({ length: 40 }, (_, i) => ({ id: `source-${i}`, data: {} }));
  const [problem] = brokenReferences({ sources, events: [{ id: 'e', data: { sources: [{ collection: 'sources', id: 'source-7x' }] } }] });
  assert.match(problem!, /there is no sources entry "source-7x"\. Did you mean "source-7"\? \(40 ids to choose from\.\)$/);
});

test('a plain object with other keys is not a reference', () => {
  assert.deepEqual(findReferences({ label: 'x', value: 'y' }), []);
});

test('entries nothing refers to are found, whichever collection refers', () => {
  const sources = [{ id: 'a', data: {} }, { id: 'b', data: {} }, { id: 'c', data: {} }];
  const events = [{ id: 'e', data: { sources: [{ collection: 'sources', id: 'a' }] } }];
  const chapters = [{ id: 'x', data: { sources: [{ collection: 'sources', id: 'c' }], chapter: { collection: 'chapters', id: 'b' } } }];
  assert.deepEqual(unreferenced('sources', { sources, events, chapters }).map((e) => e.id), ['b']);
});
