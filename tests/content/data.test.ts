/** Checks on the explainer's own data files, beyond what the schemas enforce at build time. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { CHAPTER_IDS } from '../../src/site.ts';
import { parsePartialDate } from '../../src/lib/dates.ts';
import { countWords } from '../../src/lib/reading.ts';

const dir = new URL('../../content/', import.meta.url);
const load = (name: string) => yaml.load(readFileSync(new URL(name, dir), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
const events = load('events.yaml');
const actors = load('actors.yaml');
const troops = load('troop-levels.yaml');
const sources = parseCsv(readFileSync(new URL('sources.csv', dir), 'utf8'), { columns: true }) as Record<string, string>[];
const sourceIds = new Set(sources.map((s) => s.id));
const chapterFiles = readdirSync(new URL('chapters/', dir)).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

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

test('the chapters folder holds exactly the four chapters', () => {
  assert.deepEqual(chapterFiles.sort(), [...CHAPTER_IDS].sort());
});

test('at least 30 events from 1979 to 2021, in date order, with unique ids and real dates', () => {
  assert.ok(events.length >= 30, `${events.length} events`);
  assertUnique(events.map((e) => e.id), 'event');
  assertChronological(events, 'events.yaml');
  for (const e of events) assert.equal(typeof parsePartialDate(String(e.date)), 'object', `${e.id}: ${e.date}`);
  assert.equal(String(events[0]!.date).slice(0, 4), '1979');
  assert.equal(String(events.at(-1)!.date).slice(0, 4), '2021');
});

test("every event's chapter and sources exist", () => {
  for (const e of events) {
    assert.ok(chapterFiles.includes(e.chapter), `${e.id}: chapter "${e.chapter}"`);
    for (const s of e.sources) assert.ok(sourceIds.has(s), `${e.id}: source "${s}"`);
  }
});

test('every chapter has events, and events sit in the chapter their date belongs to', () => {
  for (const id of CHAPTER_IDS) assert.ok(events.some((e) => e.chapter === id), `no events for ${id}`);
  const order = (id: string) => CHAPTER_IDS.indexOf(id as (typeof CHAPTER_IDS)[number]);
  assertChronological([...events].sort((a, b) => order(a.chapter) - order(b.chapter)), 'events by chapter');
});

test('at least 12 actors, each with a unique id, existing chapters and sources', () => {
  assert.ok(actors.length >= 12, `${actors.length} actors`);
  assertUnique(actors.map((a) => a.id), 'actor');
  for (const a of actors) {
    for (const c of a.chapters) assert.ok(chapterFiles.includes(c), `${a.id}: chapter "${c}"`);
    for (const s of a.sources) assert.ok(sourceIds.has(s), `${a.id}: source "${s}"`);
  }
  for (const kind of ['person', 'organisation', 'country']) assert.ok(actors.some((a) => a.kind === kind), `no actor of kind ${kind}`);
});

test('troop levels run from 2001 to 2021 in order, sourced, each a count or an official level, with the key moments annotated', () => {
  assertUnique(troops.map((t) => t.id), 'troop level');
  assertChronological(troops, 'troop-levels.yaml');
  assert.equal(String(troops[0]!.date).slice(0, 4), '2001');
  assert.equal(troops.at(-1)!.troops, 0);
  for (const t of troops) {
    for (const s of t.sources) assert.ok(sourceIds.has(s), `${t.id}: source "${s}"`);
    assert.ok(['reported', 'official'].includes(t.basis), `${t.id}: basis "${t.basis}"`);
  }
  const annotated = troops.filter((t) => t.annotation);
  assert.ok(annotated.length >= 5 && annotated.length <= 9, `${annotated.length} annotations`);
  // The August 2021 airlift: troops were flown back in after the withdrawal was nearly done, and it is labelled.
  const airlift = troops.filter((t) => String(t.date).startsWith('2021-08') && t.basis === 'reported' && t.troops >= 4000);
  assert.equal(airlift.length, 1, 'the evacuation reinforcements of August 2021 are in the series');
  assert.ok(airlift[0]!.annotation, 'the airlift is annotated');
});

test('sources have unique ids, a kind, a title, a publisher and a date, and a web address where one was confirmed', () => {
  assertUnique(sources.map((s) => s.id), 'source');
  for (const s of sources) {
    assert.ok(s.kind && s.title && s.publisher, `${s.id}: kind, title and publisher`);
    if (s.kind !== 'reference') assert.ok(s.date, `${s.id}: date`);
    if (s.url) assert.doesNotThrow(() => new URL(s.url!), `${s.id}: url`);
  }
  assert.ok(!sources.some((s) => s.id === 'article'), 'the anonymous source article is not cited');
});

test('each chapter has between 900 and 1,600 words of prose', () => {
  for (const id of chapterFiles) {
    const words = countWords(readFileSync(new URL(`chapters/${id}.mdx`, dir), 'utf8'));
    assert.ok(words >= 900 && words <= 1600, `content/chapters/${id}.mdx has ${words} words of prose; keep it between 900 and 1,600`);
  }
});
