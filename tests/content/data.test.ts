/**
 * Editorial rules about the explainer's data (how much there is, its order, where events sit, the key
 * troop moments): what the schemas cannot say. Every rule the build enforces (the chapter set,
 * references between files, required fields, dates, web addresses) is left to the build and its tests.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { countWords } from '../../src/lib/reading.ts';
import { ROOT } from '../support/project.ts';
import { CHAPTER_IDS } from '../support/site.ts';

const dir = join(ROOT, 'content');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const load = (name: string) => yaml.load(read(name), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
const events = load('events.yaml');
const actors = load('actors.yaml');
const troops = load('troop-levels.yaml');
const sources = parseCsv(read('sources.csv'), { columns: true }) as Record<string, string>[];

function assertUnique(ids: string[], what: string) {
  const seen = new Set<string>();
  const dupes = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  assert.deepEqual(dupes, [], `duplicate ${what} ids`);
}

function assertChronological(rows: Record<string, any>[], what: string) {
  for (let i = 1; i < rows.length; i++) {
    assert.ok(String(rows[i - 1]!.date) <= String(rows[i]!.date), `${what}: "${rows[i]!.id}" (${rows[i]!.date}) comes before "${rows[i - 1]!.id}" (${rows[i - 1]!.date})`);
  }
}

test('at least 30 events from 1979 to 2021, in date order', () => {
  assert.ok(events.length >= 30, `${events.length} events`);
  assertChronological(events, 'events.yaml');
  assert.equal(String(events[0]!.date).slice(0, 4), '1979');
  assert.equal(String(events.at(-1)!.date).slice(0, 4), '2021');
});

test('every chapter has events, and events sit in the chapter their date belongs to', () => {
  for (const id of CHAPTER_IDS) assert.ok(events.some((e) => e.chapter === id), `no events for ${id}`);
  const order = (id: string) => CHAPTER_IDS.indexOf(id as (typeof CHAPTER_IDS)[number]);
  assertChronological([...events].sort((a, b) => order(a.chapter) - order(b.chapter)), 'events by chapter');
});

test('at least 12 actors, each with a unique id, and some of every kind', () => {
  assert.ok(actors.length >= 12, `${actors.length} actors`);
  assertUnique(actors.map((a) => a.id), 'actor');
  for (const kind of ['person', 'organisation', 'country']) assert.ok(actors.some((a) => a.kind === kind), `no actor of kind ${kind}`);
});

test('troop levels run from 2001 to 2021 in order, with the key moments annotated', () => {
  assertUnique(troops.map((t) => t.id), 'troop level');
  assertChronological(troops, 'troop-levels.yaml');
  assert.equal(String(troops[0]!.date).slice(0, 4), '2001');
  assert.equal(troops.at(-1)!.troops, 0);
  const annotated = troops.filter((t) => t.annotation);
  assert.ok(annotated.length >= 5 && annotated.length <= 9, `${annotated.length} annotations`);
  // The August 2021 airlift: troops were flown back in after the withdrawal was nearly done, and it is labelled.
  const airlift = troops.filter((t) => String(t.date).startsWith('2021-08') && t.basis === 'reported' && t.troops >= 4000);
  assert.equal(airlift.length, 1, 'the evacuation reinforcements of August 2021 are in the series');
  assert.ok(airlift[0]!.annotation, 'the airlift is annotated');
});

test('sources have unique ids, and the anonymous source article is not one of them', () => {
  assertUnique(sources.map((s) => s.id!), 'source');
  assert.ok(!sources.some((s) => s.id === 'article'), 'the anonymous source article is not cited');
});

test('each chapter has between 900 and 1,600 words of prose', () => {
  for (const id of CHAPTER_IDS) {
    const words = countWords(read(`chapters/${id}.mdx`));
    assert.ok(words >= 900 && words <= 1600, `content/chapters/${id}.mdx has ${words} words of prose; keep it between 900 and 1,600`);
  }
});
