import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import {
  actorRecord,
  citedSources,
  csvColumns,
  csvRow,
  eventRecord,
  openDatasets,
  sourceRecord,
  SOURCE_COLUMNS,
  toCsv,
  toJson,
  troopLevelRecord,
  type SourceInfo,
} from '../../src/lib/open-data.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;

const sources = new Map<string, SourceInfo>([
  ['wt', { kind: 'newspaper', title: 'US meets deadline to cut number of troops', publisher: 'Washington Times', author: 'Jane Doe', date: d('2020-07-15'), url: 'https://example.org/wt' }],
  ['pax', { kind: 'reference', title: 'Agreement for Bringing Peace to Afghanistan', publisher: 'PA-X', url: 'https://example.org/deal' }],
  ['yc', { kind: 'state-media', title: 'A new round of talks; the ceasefire issue is "key", again', publisher: 'Some Agency', date: d('2020'), note: 'State media, cited for its government’s words' }],
]);

const event = {
  id: 'doha-agreement',
  date: d('2020-02-29'),
  title: 'The Doha Agreement is signed',
  summary: 'The United States and the Taliban signed the agreement in Doha.',
  chapter: { id: 'round-one' },
  sources: [{ id: 'pax' }, { id: 'wt' }],
};

const actor = {
  id: 'zalmay-khalilzad',
  name: 'Zalmay Khalilzad',
  kind: 'person',
  role: 'US envoy',
  description: 'Led the talks for the United States.',
  aliases: ['Zalmay Khalilzad', 'Khalilzad'],
  chapters: [{ id: 'round-one' }, { id: 'round-two' }],
  sources: [{ id: 'yc' }],
};

const level = {
  id: '2009',
  date: d('2009'),
  troops: 68000,
  basis: 'reported' as const,
  approximate: true,
  note: 'Level after the increase in spring 2009, from a secondary source.',
  sources: [{ id: 'wt' }],
};

test('sources are resolved to id, title, publisher and address; an unknown id is an error', () => {
  assert.deepEqual(citedSources([{ id: 'yc' }, { id: 'wt' }], sources), [
    { id: 'yc', title: 'A new round of talks; the ceasefire issue is "key", again', publisher: 'Some Agency', url: null },
    { id: 'wt', title: 'US meets deadline to cut number of troops', publisher: 'Washington Times', url: 'https://example.org/wt' },
  ]);
  assert.throws(() => citedSources([{ id: 'nope' }], sources), /unknown source "nope"/);
});

test('an event keeps its ISO date with its precision, its chapter id and its sources', () => {
  assert.deepEqual(eventRecord(event, sources), {
    id: 'doha-agreement',
    date: '2020-02-29',
    date_precision: 'day',
    title: 'The Doha Agreement is signed',
    summary: 'The United States and the Taliban signed the agreement in Doha.',
    chapter: 'round-one',
    note: null,
    sources: citedSources(event.sources, sources),
  });
});

test('an actor lists aliases and chapter ids', () => {
  const record = actorRecord(actor, sources);
  assert.deepEqual(record.aliases, ['Zalmay Khalilzad', 'Khalilzad']);
  assert.deepEqual(record.chapters, ['round-one', 'round-two']);
  assert.equal(record.kind, 'person');
});

test('a troop level says how precise its date is and whether the figure is approximate', () => {
  assert.deepEqual(troopLevelRecord(level, sources), {
    id: '2009',
    date: '2009',
    date_precision: 'year',
    us_troops: 68000,
    basis: 'reported',
    approximate: true,
    annotation: null,
    note: 'Level after the increase in spring 2009, from a secondary source.',
    sources: citedSources(level.sources, sources),
  });
});

test('a source keeps its kind, author and note; what it lacks is null', () => {
  assert.deepEqual(sourceRecord('pax', sources.get('pax')!), {
    id: 'pax',
    kind: 'reference',
    title: 'Agreement for Bringing Peace to Afghanistan',
    publisher: 'PA-X',
    author: null,
    date: null,
    date_precision: null,
    url: 'https://example.org/deal',
    note: null,
  });
  const yc = sourceRecord('yc', sources.get('yc')!);
  assert.equal(yc.kind, 'state-media');
  assert.equal(yc.note, 'State media, cited for its government’s words');
  assert.equal(sourceRecord('wt', sources.get('wt')!).author, 'Jane Doe');
});

test('a CSV row joins lists, spreads the sources over four columns and leaves nulls empty', () => {
  assert.deepEqual(csvRow(troopLevelRecord(level, sources)), {
    id: '2009',
    date: '2009',
    date_precision: 'year',
    us_troops: '68000',
    basis: 'reported',
    approximate: 'true',
    annotation: '',
    note: 'Level after the increase in spring 2009, from a secondary source.',
    source_ids: 'wt',
    source_titles: 'US meets deadline to cut number of troops',
    source_publishers: 'Washington Times',
    source_urls: 'https://example.org/wt',
  });
  const row = csvRow({ ...actorRecord(actor, sources), sources: citedSources([{ id: 'yc' }, { id: 'wt' }], sources) });
  assert.equal(row.aliases, 'Zalmay Khalilzad | Khalilzad');
  assert.equal(row.source_ids, 'yc | wt');
  assert.equal(row.source_urls, ' | https://example.org/wt', 'a missing address keeps its place');
  assert.equal(csvRow({ id: 'x', sources: [] }).source_ids, '');
});

const datasets = () => openDatasets({ events: [event], actors: [actor], troopLevels: [level], sources });

test('four datasets, each with documented fields that match its records', () => {
  const all = datasets();
  assert.deepEqual(all.map((s) => s.name), ['events', 'actors', 'troop-levels', 'sources']);
  for (const dataset of all) {
    for (const record of dataset.records) assert.deepEqual(Object.keys(record), dataset.fields.map((f) => f.name), dataset.name);
    for (const field of dataset.fields) assert.ok(field.description.length > 10, `${dataset.name}.${field.name} is described`);
  }
  assert.deepEqual(all.at(-1)!.records.map((r) => r.id), ['pax', 'wt', 'yc'], 'sources sorted by id');
});

test('CSV columns spread "sources" over its four columns', () => {
  const troops = datasets().find((s) => s.name === 'troop-levels')!;
  assert.deepEqual(csvColumns(troops.fields), [
    'id', 'date', 'date_precision', 'us_troops', 'basis', 'approximate', 'annotation', 'note', ...SOURCE_COLUMNS,
  ]);
});

test('CSV is RFC 4180: header row, CRLF, quotes where needed, and it parses back to the same rows', () => {
  for (const dataset of datasets()) {
    const csv = toCsv(dataset);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], csvColumns(dataset.fields).join(','));
    assert.equal(lines.at(-1), '', 'ends with a line break');
    assert.ok(!/[^\r]\n/.test(csv), 'no bare LF');
    const parsed = parseCsv(csv, { columns: true }) as Record<string, string>[];
    assert.deepEqual(parsed, dataset.records.map(csvRow));
  }
  const csv = toCsv(datasets().at(-1)!);
  assert.match(csv, /"A new round of talks; the ceasefire issue is ""key"", again"/);
});

test('JSON is an array of the records', () => {
  for (const dataset of datasets()) {
    const json = toJson(dataset);
    assert.ok(json.endsWith('\n'));
    assert.deepEqual(JSON.parse(json), dataset.records);
  }
});
