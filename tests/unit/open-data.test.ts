import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Actor, Commitment, Event, Source, Term, TroopLevel } from '../../src/explainer.ts';
import { localeOf } from '../../src/i18n/index.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { csvColumns, csvRow, jsonObject, LIST_SEPARATOR, SOURCE_COLUMNS, toCsv, toJson } from '../../src/lib/open-data/csv.ts';
import { DATASET_FIELDS, documentedFields, openDatasets } from '../../src/lib/open-data/datasets.ts';
import { actorOpenRecord, citedSources, commitmentOpenRecord, eventOpenRecord, sourceOpenRecord, termOpenRecord, troopLevelOpenRecord } from '../../src/lib/open-data/records.ts';
import { SOURCE_KINDS } from '../../src/lib/source-policy.ts';
import { CHAPTER_IDS, COMMITMENT_STATUSES, COMMITMENT_TOPICS, DATASETS, type DatasetName } from '../../src/site.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;
const ref = <C extends string>(collection: C) => (id: string) => ({ id, collection });
const source = ref('sources');
const chapter = ref('chapters');

const sourceList: Source[] = [
  { id: 'wt', kind: 'newspaper', title: 'US meets deadline to cut number of troops', publisher: 'Washington Times', author: 'Jane Doe', date: d('2020-07-15'), url: 'https://example.org/wt' },
  { id: 'pax', kind: 'reference', title: 'Agreement for Bringing Peace to Afghanistan', publisher: 'PA-X', url: 'https://example.org/deal' },
  { id: 'yc', kind: 'state-media', title: 'A new round of talks; the ceasefire issue is "key", again', publisher: 'Some Agency', date: d('2020'), note: 'State media, cited for its government’s words' },
];
const sources = new Map(sourceList.map((s) => [s.id, s]));

const event: Event = {
  id: 'doha-agreement',
  date: d('2020-02-29'),
  title: 'The Doha Agreement is signed',
  summary: 'The United States and the Taliban signed the agreement in Doha.',
  chapter: chapter('round-one'),
  sources: [source('pax'), source('wt')],
};

const actor: Actor = {
  id: 'zalmay-khalilzad',
  name: 'Zalmay Khalilzad',
  kind: 'person',
  role: 'US envoy',
  description: 'Led the talks for the United States.',
  aliases: ['Zalmay Khalilzad', 'Khalilzad'],
  chapters: [chapter('round-one'), chapter('round-two')],
  sources: [source('yc'), source('wt')],
};

const level: TroopLevel = {
  id: '2009',
  date: d('2009'),
  troops: 68000,
  basis: 'reported',
  approximate: true,
  note: 'Level after the increase in spring 2009, from a secondary source.',
  sources: [source('wt')],
};

const commitment: Commitment = {
  id: 'troops-to-8600',
  topic: 'troops',
  documents: ['agreement', 'declaration'],
  parties: [ref('actors')('united-states')],
  promise: 'Cut US forces to 8,600 within 135 days.',
  deadline: d('2020-07-13'),
  deadlineNote: '135 days after the signing',
  status: 'kept',
  asOf: 'About 8,600 remained on 13 July 2020.',
  chapter: chapter('round-two'),
  events: [ref('events')('doha-agreement')],
  sources: [source('pax'), source('wt')],
  later: { text: 'A later report gave a higher count.', sources: [source('wt')] },
};

const term: Term = {
  id: 'loya-jirga',
  term: 'Loya Jirga',
  definition: 'A grand assembly called to advise on a national question.',
  aliases: ['loya jirga'],
  chapters: [chapter('round-two')],
  sources: [source('wt')],
};
const taliban: Term = { ...term, id: 'taliban', term: 'Taliban', aliases: [], actor: { id: 'taliban', collection: 'actors' } };

const datasets = () => openDatasets({ events: [event], actors: [actor], troopLevels: [level], commitments: [commitment], glossary: [taliban, term], sources });
const strings = localeOf().t.data;
const describe = (name: DatasetName, field: string) => documentedFields(name, strings).find((f) => f.name === field)!.description;

test('sources are resolved to id, title, publisher and address; an unknown id is an error', () => {
  assert.deepEqual(citedSources([source('yc'), source('wt')], sources), [
    { id: 'yc', title: 'A new round of talks; the ceasefire issue is "key", again', publisher: 'Some Agency', url: null },
    { id: 'wt', title: 'US meets deadline to cut number of troops', publisher: 'Washington Times', url: 'https://example.org/wt' },
  ]);
  assert.throws(() => citedSources([source('nope')], sources), /unknown source "nope"/);
});

test('an event keeps its ISO date with its precision, its chapter id and its sources, last', () => {
  assert.deepEqual(jsonObject(eventOpenRecord(event, sources)), {
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
  const { values } = actorOpenRecord(actor, sources);
  assert.deepEqual(values.aliases, ['Zalmay Khalilzad', 'Khalilzad']);
  assert.deepEqual(values.chapters, ['round-one', 'round-two']);
  assert.equal(values.kind, 'person');
});

test('a troop level says how precise its date is and whether the figure is approximate', () => {
  assert.deepEqual(jsonObject(troopLevelOpenRecord(level, sources)), {
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

test('a source keeps its kind, author and note, cites nothing, and what it lacks is null', () => {
  const pax = sourceOpenRecord(sources.get('pax')!);
  assert.equal(pax.sources, undefined);
  assert.deepEqual(jsonObject(pax), {
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
  assert.equal(sourceOpenRecord(sources.get('yc')!).values.note, 'State media, cited for its government’s words');
  assert.equal(sourceOpenRecord(sources.get('wt')!).values.author, 'Jane Doe');
});

test('a commitment keeps its status as of the account’s date apart from what happened later, each with its own sources', () => {
  assert.deepEqual(jsonObject(commitmentOpenRecord(commitment, sources)), {
    id: 'troops-to-8600',
    topic: 'troops',
    documents: ['agreement', 'declaration'],
    parties: ['united-states'],
    promise: 'Cut US forces to 8,600 within 135 days.',
    deadline: '2020-07-13',
    deadline_precision: 'day',
    deadline_note: '135 days after the signing',
    status: 'kept',
    as_of: 'About 8,600 remained on 13 July 2020.',
    note: null,
    chapter: 'round-two',
    events: ['doha-agreement'],
    later_status: null,
    later: 'A later report gave a higher count.',
    later_sources: ['wt'],
    sources: [
      { id: 'pax', title: 'Agreement for Bringing Peace to Afghanistan', publisher: 'PA-X', url: 'https://example.org/deal' },
      { id: 'wt', title: 'US meets deadline to cut number of troops', publisher: 'Washington Times', url: 'https://example.org/wt' },
    ],
  });
  const { values } = commitmentOpenRecord({ ...commitment, deadline: undefined, deadlineNote: undefined, later: undefined }, sources);
  assert.deepEqual([values.deadline, values.deadline_precision, values.deadline_note, values.later, values.later_sources], [null, null, null, null, []]);
  for (const status of COMMITMENT_STATUSES) assert.ok(describe('commitments', 'status').includes(`“${status}”`), status);
  for (const topic of COMMITMENT_TOPICS) assert.ok(describe('commitments', 'topic').includes(`“${topic}”`), topic);
});

test('the datasets are those of the site contract, sources and terms sorted by id', () => {
  const all = datasets();
  assert.deepEqual(all.map((s) => s.name), [...DATASETS]);
  assert.deepEqual(all.find((s) => s.name === 'sources')!.records.map((r) => r.values.id), ['pax', 'wt', 'yc']);
  assert.deepEqual(all.find((s) => s.name === 'glossary')!.records.map((r) => r.values.id), ['loya-jirga', 'taliban']);
});

test('a term keeps its definition, spellings, chapter ids and who’s-who id (null when it has none), with its sources last', () => {
  assert.deepEqual(jsonObject(termOpenRecord(term, sources)), {
    id: 'loya-jirga',
    term: 'Loya Jirga',
    definition: 'A grand assembly called to advise on a national question.',
    aliases: ['loya jirga'],
    chapters: ['round-two'],
    actor: null,
    sources: [{ id: 'wt', title: 'US meets deadline to cut number of troops', publisher: 'Washington Times', url: 'https://example.org/wt' }],
  });
  assert.equal(termOpenRecord(taliban, sources).values.actor, 'taliban');
});

test('every record field is a documented field of its dataset, in order, and every documented field is in the records', () => {
  for (const dataset of datasets()) {
    const documented = documentedFields(dataset.name, strings).map((f) => f.name);
    assert.deepEqual(documented, DATASET_FIELDS[dataset.name], dataset.name);
    assert.deepEqual(dataset.fields, DATASET_FIELDS[dataset.name], dataset.name);
    for (const record of dataset.records) assert.deepEqual(Object.keys(jsonObject(record)), documented, dataset.name);
  }
});

test('shared fields share their description; a dataset’s own description of a field comes first', () => {
  for (const name of DATASETS) assert.equal(describe(name, 'id'), strings.fields.id);
  assert.equal(describe('events', 'date'), describe('troop-levels', 'date'));
  assert.equal(describe('events', 'sources'), describe('actors', 'sources'));
  assert.notEqual(describe('sources', 'date'), describe('events', 'date'));
  assert.notEqual(describe('sources', 'note'), describe('events', 'note'));
});

test('the descriptions list the values from their definitions: chapter ids, source kinds, source columns, the separator', () => {
  for (const id of CHAPTER_IDS) assert.ok(describe('events', 'chapter').includes(id), id);
  for (const kind of Object.keys(SOURCE_KINDS)) assert.ok(describe('sources', 'kind').includes(`“${kind}”`), kind);
  const sourcesField = describe('troop-levels', 'sources');
  assert.ok(sourcesField.includes(SOURCE_COLUMNS.join(', ')));
  for (const text of [sourcesField, describe('actors', 'aliases'), describe('actors', 'chapters')]) {
    assert.ok(text.includes(`“${LIST_SEPARATOR.trim()}”`), text);
  }
});

test('CSV columns spread "sources" over its four columns and keep every other field', () => {
  assert.deepEqual(csvColumns(DATASET_FIELDS['troop-levels']), [
    'id', 'date', 'date_precision', 'us_troops', 'basis', 'approximate', 'annotation', 'note', ...SOURCE_COLUMNS,
  ]);
  assert.deepEqual(csvColumns(DATASET_FIELDS.sources), DATASET_FIELDS.sources);
});

test('a CSV row has exactly the header’s columns; lists are joined, nulls empty, sources in parallel columns', () => {
  for (const dataset of datasets()) {
    for (const record of dataset.records) assert.deepEqual(Object.keys(csvRow(record)), csvColumns(dataset.fields), dataset.name);
  }
  const row = csvRow(actorOpenRecord(actor, sources));
  assert.equal(row.aliases, 'Zalmay Khalilzad | Khalilzad');
  assert.equal(row.source_ids, 'yc | wt');
  assert.equal(row.source_titles, 'A new round of talks; the ceasefire issue is "key", again | US meets deadline to cut number of troops');
  assert.equal(row.source_publishers, 'Some Agency | Washington Times');
  assert.equal(row.source_urls, ' | https://example.org/wt', 'a missing address keeps its place');
  for (const column of SOURCE_COLUMNS) assert.equal(row[column]!.split(LIST_SEPARATOR).length, actor.sources.length, column);
  const troops = csvRow(troopLevelOpenRecord(level, sources));
  assert.equal(troops.us_troops, '68000');
  assert.equal(troops.approximate, 'true');
  assert.equal(troops.annotation, '');
});

test('CSV is RFC 4180: header row, CRLF, quotes where needed, and it parses back to the same rows', () => {
  for (const dataset of datasets()) {
    const csv = toCsv(dataset);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], csvColumns(dataset.fields).join(','));
    assert.equal(lines.at(-1), '', 'ends with a line break');
    assert.ok(!/[^\r]\n/.test(csv), 'no bare LF');
    assert.deepEqual(parseCsv(csv, { columns: true }), dataset.records.map(csvRow));
  }
  assert.match(toCsv(datasets().at(-1)!), /"A new round of talks; the ceasefire issue is ""key"", again"/);
});

test('JSON is an indented array of the records, sources as objects, ending with a line break', () => {
  for (const dataset of datasets()) {
    const json = toJson(dataset);
    assert.ok(json.endsWith(']\n'));
    assert.deepEqual(JSON.parse(json), dataset.records.map(jsonObject));
  }
  const [events] = JSON.parse(toJson(datasets()[0]!)) as { sources: object[] }[];
  assert.deepEqual(events!.sources.map((s) => Object.keys(s)), [['id', 'title', 'publisher', 'url'], ['id', 'title', 'publisher', 'url']]);
});
