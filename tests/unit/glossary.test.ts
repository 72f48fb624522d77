import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chaptersUsing, glossaryProblems, type TermEntry } from '../../src/lib/glossary.ts';

const CHAPTERS = [
  { id: 'background', body: '---\ntitle: x\n---\n\n## A Loya Jirga\n\nThe mujahideen took Kabul.[^dh]\n\n[^dh]: A Loya Jirga, cited.\n' },
  { id: 'round-two', body: 'A consultative Loya Jirga met. The Taliban’s HCNR did not.\n\n| Date | What |\n|---|---|\n| 7 Aug | The jirga met |\n' },
];
const entry = (id: string, term: string, chapters: string[], extra: Partial<TermEntry['data']> = {}): TermEntry => ({
  id,
  filePath: 'content/glossary.yaml',
  data: { term, aliases: [], chapters: chapters.map((c) => ({ id: c })), ...extra },
});

test('a term is used where its prose, a table included, has it as whole words; headings and footnotes do not count', () => {
  assert.deepEqual(chaptersUsing({ id: 'loya-jirga', aliases: ['Loya Jirga'] }, CHAPTERS), ['round-two']);
  assert.deepEqual(chaptersUsing({ id: 'jirga', aliases: ['jirga'] }, CHAPTERS), ['round-two']);
  assert.deepEqual(chaptersUsing({ id: 'muj', aliases: ['mujahid'] }, CHAPTERS), []);
});

test('a listed chapter that never uses the term, and a chapter that uses it unlisted, each fail, naming file, entry and field', () => {
  assert.deepEqual(glossaryProblems([entry('loya-jirga', 'Loya Jirga', ['background'])], CHAPTERS, []), [
    'content/glossary.yaml → entry "loya-jirga", field "chapters": the chapter "background" never uses "Loya Jirga"; remove it, or add the spelling it uses to aliases',
    'content/glossary.yaml → entry "loya-jirga", field "chapters": the chapter "round-two" uses "Loya Jirga" but is not listed; add it',
  ]);
  assert.deepEqual(glossaryProblems([entry('mujahideen', 'mujahideen', ['background'])], CHAPTERS, []), []);
});

test('the synthetic explainers of the scale benchmark may use a term in chapters it does not list', () => {
  assert.deepEqual(glossaryProblems([entry('loya-jirga', 'Loya Jirga', ['round-two']), entry('jirga', 'jirga', [])], CHAPTERS, [], { listsEveryUse: false }), []);
});

test('an unknown chapter is left to the reference check, which names it', () => {
  assert.deepEqual(glossaryProblems([entry('mujahideen', 'mujahideen', ['background', 'round-for'])], CHAPTERS, []), []);
});

test('a term spelt like an actor must name that actor, since the who’s-who link takes its mentions', () => {
  const actors = [{ id: 'hcnr', aliases: ['High Council for National Reconciliation', 'HCNR'] }];
  assert.deepEqual(glossaryProblems([entry('hcnr', 'HCNR', ['round-two'])], CHAPTERS, actors), [
    'content/glossary.yaml → entry "hcnr", field "actor": "HCNR" is also a name of the actor "hcnr", so its mentions link to the who\'s who; write actor: hcnr',
  ]);
  assert.deepEqual(glossaryProblems([entry('hcnr', 'HCNR', ['round-two'], { actor: { id: 'hcnr' } })], CHAPTERS, actors), []);
});
