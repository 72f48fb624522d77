/**
 * The downloadable datasets (data/<name>.csv and .json): which fields each holds, in file order,
 * what each field means in an edition's words, and the records, built from the explainer's validated
 * collections. The field names are the same in every edition; only their descriptions are translated.
 */
import type { Explainer } from '../../explainer.ts';
import type { Strings } from '../../i18n/index.ts';
import { CHAPTER_IDS, COMMITMENT_STATUSES, COMMITMENT_TOPICS, DATASETS, type DatasetName } from '../../site.ts';
import { SOURCE_KINDS } from '../source-policy.ts';
import { fileName, LIST_SEPARATOR, SOURCE_COLUMNS, type Table } from './csv.ts';
import { actorOpenRecord, commitmentOpenRecord, eventOpenRecord, sourceOpenRecord, termOpenRecord, troopLevelOpenRecord, type OpenRecord } from './records.ts';

/** The fields every dated entry (an event, a troop figure) starts with. */
const DATED_ENTRY_FIELDS = ['id', 'date', 'date_precision'] as const;

/** Each dataset's fields, in the order the records and the files give them. */
export const DATASET_FIELDS: Record<DatasetName, readonly string[]> = {
  events: [...DATED_ENTRY_FIELDS, 'title', 'summary', 'chapter', 'note', 'sources'],
  actors: ['id', 'name', 'kind', 'role', 'description', 'aliases', 'chapters', 'sources'],
  'troop-levels': [...DATED_ENTRY_FIELDS, 'us_troops', 'basis', 'approximate', 'annotation', 'note', 'sources'],
  glossary: ['id', 'term', 'definition', 'aliases', 'chapters', 'actor', 'sources'],
  sources: ['id', 'kind', 'title', 'publisher', 'author', 'date', 'date_precision', 'url', 'note'],
  commitments: [
    'id', 'topic', 'documents', 'parties', 'promise', 'deadline', 'deadline_precision', 'deadline_note', 'status', 'as_of', 'note',
    'chapter', 'events', 'later_status', 'later', 'later_sources', 'sources',
  ],
};

export interface Dataset extends Table {
  name: DatasetName;
}

/** The datasets, in the order of DATASETS. */
export function openDatasets(explainer: Pick<Explainer, 'events' | 'actors' | 'troopLevels' | 'sources' | 'commitments' | 'glossary'>): Dataset[] {
  const { sources } = explainer;
  const records: Record<DatasetName, OpenRecord[]> = {
    events: explainer.events.map((e) => eventOpenRecord(e, sources)),
    actors: explainer.actors.map((a) => actorOpenRecord(a, sources)),
    'troop-levels': explainer.troopLevels.map((t) => troopLevelOpenRecord(t, sources)),
    glossary: [...explainer.glossary].sort((a, b) => a.id.localeCompare(b.id)).map((g) => termOpenRecord(g, sources)),
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)).map(sourceOpenRecord),
    commitments: explainer.commitments.map((c) => commitmentOpenRecord(c, sources)),
  };
  return DATASETS.map((name) => ({ name, fields: DATASET_FIELDS[name], records: records[name] }));
}

/** The dataset the others' source ids point into. */
const SOURCES_DATASET: DatasetName = 'sources';

export interface Field {
  name: string;
  description: string;
}

/** A dataset's fields with what each means: the dataset's own description of a field, else the shared one. */
export function documentedFields(name: DatasetName, t: Strings['data']): Field[] {
  const separator = LIST_SEPARATOR.trim();
  const { events, actors, sources, commitments, glossary } = t.datasets;
  const shared: Record<string, string> = {
    ...t.fields,
    sources: t.fields.sources(SOURCE_COLUMNS, separator, fileName(SOURCES_DATASET, 'json'), fileName(SOURCES_DATASET, 'csv')),
  };
  const own: Record<DatasetName, Record<string, string>> = {
    events: { ...events.fields, chapter: events.fields.chapter(CHAPTER_IDS) },
    actors: { ...actors.fields, aliases: actors.fields.aliases(separator), chapters: actors.fields.chapters(separator) },
    'troop-levels': t.datasets['troop-levels'].fields,
    sources: { ...sources.fields, kind: sources.fields.kind(Object.keys(SOURCE_KINDS)) },
    commitments: {
      ...commitments.fields,
      topic: commitments.fields.topic(COMMITMENT_TOPICS),
      documents: commitments.fields.documents(separator),
      parties: commitments.fields.parties(separator),
      status: commitments.fields.status(COMMITMENT_STATUSES),
      events: commitments.fields.events(separator),
      later_sources: commitments.fields.later_sources(separator),
    },
    glossary: { ...glossary.fields, aliases: glossary.fields.aliases(separator), chapters: glossary.fields.chapters(separator) },
  };
  return DATASET_FIELDS[name].map((field) => {
    const description = own[name][field] ?? shared[field];
    if (description === undefined) throw new Error(`open data: the field "${field}" of ${name} has no description in the strings table`);
    return { name: field, description };
  });
}
