/**
 * The explainer's data as downloadable files: events, actors, troop levels and sources, each as JSON and
 * as CSV with the same fields. Dates stay ISO text with their precision beside them, so that "2009" is never
 * passed off as 1 January 2009, and every cited source comes with its title and address as well as its id.
 */
import { stringify } from 'csv-stringify/sync';
import type { PartialDate, Precision } from './dates.ts';
import { SOURCE_KINDS } from './source-policy.ts';

export interface SourceInfo {
  kind: string;
  title: string;
  publisher: string;
  author?: string | undefined;
  date?: PartialDate | undefined;
  url?: string | undefined;
  note?: string | undefined;
}

interface Ref {
  id: string;
}

export interface EventInput {
  id: string;
  date: PartialDate;
  title: string;
  summary: string;
  chapter: Ref;
  note?: string | undefined;
  sources: readonly Ref[];
}

export interface ActorInput {
  id: string;
  name: string;
  kind: string;
  role: string;
  description: string;
  aliases: readonly string[];
  chapters: readonly Ref[];
  sources: readonly Ref[];
}

export type TroopBasis = 'reported' | 'official';

/** How the table and the open-data notes name a troop figure's basis. */
export const TROOP_BASIS_LABELS: Record<TroopBasis, string> = {
  reported: 'Reported count',
  official: 'Official level',
};

export interface TroopLevelInput {
  id: string;
  date: PartialDate;
  troops: number;
  basis: TroopBasis;
  approximate: boolean;
  annotation?: string | undefined;
  note?: string | undefined;
  sources: readonly Ref[];
}

/** A cited source as it appears inside a JSON record. */
export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
}

export type FieldValue = string | number | boolean | null | readonly string[] | readonly CitedSource[];
export type OpenRecord = Record<string, FieldValue>;

export interface Field {
  name: string;
  description: string;
}

export interface Dataset {
  /** The file name without extension: data/<name>.json and data/<name>.csv. */
  name: string;
  title: string;
  description: string;
  /** The JSON fields, in order; CSV columns follow from them (see csvColumns). */
  fields: readonly Field[];
  records: readonly OpenRecord[];
}

/** Several values in one CSV cell (aliases, chapters, sources) are separated by this; titles may contain ";". */
export const LIST_SEPARATOR = ' | ';

/** In CSV, the `sources` field becomes these four parallel columns. */
export const SOURCE_COLUMNS = ['source_ids', 'source_titles', 'source_publishers', 'source_urls'] as const;

/** The sources behind a list of references, resolved; an unknown id is an error, never a silent gap. */
export function citedSources(refs: readonly Ref[], sources: ReadonlyMap<string, SourceInfo>): CitedSource[] {
  return refs.map(({ id }) => {
    const source = sources.get(id);
    if (!source) throw new Error(`open data: unknown source "${id}"`);
    return { id, title: source.title, publisher: source.publisher, url: source.url ?? null };
  });
}

const datePair = (date: PartialDate | undefined): { date: string | null; date_precision: Precision | null } => ({
  date: date?.iso ?? null,
  date_precision: date?.precision ?? null,
});

export function eventRecord(event: EventInput, sources: ReadonlyMap<string, SourceInfo>): OpenRecord {
  return {
    id: event.id,
    ...datePair(event.date),
    title: event.title,
    summary: event.summary,
    chapter: event.chapter.id,
    note: event.note ?? null,
    sources: citedSources(event.sources, sources),
  };
}

export function actorRecord(actor: ActorInput, sources: ReadonlyMap<string, SourceInfo>): OpenRecord {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    role: actor.role,
    description: actor.description,
    aliases: [...actor.aliases],
    chapters: actor.chapters.map((c) => c.id),
    sources: citedSources(actor.sources, sources),
  };
}

export function troopLevelRecord(level: TroopLevelInput, sources: ReadonlyMap<string, SourceInfo>): OpenRecord {
  return {
    id: level.id,
    ...datePair(level.date),
    us_troops: level.troops,
    basis: level.basis,
    approximate: level.approximate,
    annotation: level.annotation ?? null,
    note: level.note ?? null,
    sources: citedSources(level.sources, sources),
  };
}

export function sourceRecord(id: string, source: SourceInfo): OpenRecord {
  return {
    id,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    author: source.author ?? null,
    ...datePair(source.date),
    url: source.url ?? null,
    note: source.note ?? null,
  };
}

const ID: Field = { name: 'id', description: 'A stable identifier, unique within the file.' };
const DATE: Field = { name: 'date', description: 'ISO 8601 date, only as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY.' };
const PRECISION: Field = { name: 'date_precision', description: '“day”, “month” or “year”: how much of the date is known.' };
const SOURCES: Field = {
  name: 'sources',
  description:
    `The sources cited for the entry. JSON: a list of {id, title, publisher, url}. CSV: the columns ${SOURCE_COLUMNS.join(', ')}, ` +
    `each listing the sources in the same order, separated by “${LIST_SEPARATOR.trim()}”. Ids match sources.json and sources.csv.`,
};

/** The four datasets with their field documentation, built from the explainer's validated collections. */
export function openDatasets(data: {
  events: readonly EventInput[];
  actors: readonly ActorInput[];
  troopLevels: readonly TroopLevelInput[];
  sources: ReadonlyMap<string, SourceInfo>;
}): Dataset[] {
  const { sources } = data;
  return [
    {
      name: 'events',
      title: 'Events',
      description: 'Every dated event in the timeline, from 1979 to 2021, in date order.',
      fields: [
        ID,
        DATE,
        PRECISION,
        { name: 'title', description: 'What happened, in a few words.' },
        { name: 'summary', description: 'One or two sentences on the event.' },
        { name: 'chapter', description: 'The id of the chapter that tells this part of the story (background, round-one, round-two, outlook).' },
        { name: 'note', description: 'Where sources disagree or a date is approximate, what is uncertain. Empty (JSON: null) otherwise.' },
        SOURCES,
      ],
      records: data.events.map((e) => eventRecord(e, sources)),
    },
    {
      name: 'actors',
      title: 'People, organisations and countries',
      description: 'Everyone in the who’s who: the people, groups and countries the chapters mention.',
      fields: [
        ID,
        { name: 'name', description: 'The name used in the explainer.' },
        { name: 'kind', description: '“person”, “organisation” or “country”.' },
        { name: 'role', description: 'Their part in the peace process, in one line.' },
        { name: 'description', description: 'A short account of who they are and what they did.' },
        { name: 'aliases', description: `Other spellings used in the chapters. JSON: a list; CSV: separated by “${LIST_SEPARATOR.trim()}”.` },
        { name: 'chapters', description: `The ids of the chapters they appear in. JSON: a list; CSV: separated by “${LIST_SEPARATOR.trim()}”.` },
        SOURCES,
      ],
      records: data.actors.map((a) => actorRecord(a, sources)),
    },
    {
      name: 'troop-levels',
      title: 'US troop levels',
      description:
        'US troops in Afghanistan, 2001–2021: one row per sourced figure, in date order. The points fall at different times of year and are the best available point estimates, not a uniform year-end series.',
      fields: [
        ID,
        DATE,
        PRECISION,
        { name: 'us_troops', description: 'The number of US troops in Afghanistan at that date.' },
        {
          name: 'basis',
          description:
            '“reported”: a count of the troops actually there, as reported; “official”: an authorised or officially stated level (a cap or a target). The two often differed: compare like with like.',
        },
        { name: 'approximate', description: '“true” where the source says “about” or “roughly” or gives a range (the note gives its wording), “false” otherwise.' },
        { name: 'annotation', description: 'The label the chart shows at the key moments. Empty (JSON: null) otherwise.' },
        { name: 'note', description: 'What the sources say about the figure, where it needs explaining. Empty (JSON: null) otherwise.' },
        SOURCES,
      ],
      records: data.troopLevels.map((t) => troopLevelRecord(t, sources)),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'Every source the explainer cites, by the id used in the other files.',
      fields: [
        ID,
        { name: 'kind', description: `What sort of source it is: ${Object.keys(SOURCE_KINDS).map((k) => `“${k}”`).join(', ')}.` },
        { name: 'title', description: 'The headline or title, as published.' },
        { name: 'publisher', description: 'Who published it; a wire report carried by a newspaper names the wire service in brackets.' },
        { name: 'author', description: 'The author, where the source names one. Empty (JSON: null) otherwise.' },
        { name: 'date', description: 'Publication date as ISO text, as precise as known. Empty (JSON: null) only for reference works.' },
        PRECISION,
        { name: 'url', description: 'Where to read it. Empty (JSON: null) when no address could be confirmed.' },
        { name: 'note', description: 'What a reader should know about the source, e.g. state media cited for its government’s own words. Empty (JSON: null) otherwise.' },
      ],
      records: [...data.sources].sort(([a], [b]) => a.localeCompare(b)).map(([id, s]) => sourceRecord(id, s)),
    },
  ];
}

/** The CSV header: the fields in order, with `sources` spread over its four columns. */
export function csvColumns(fields: readonly Field[]): string[] {
  return fields.flatMap((f) => (f.name === 'sources' ? [...SOURCE_COLUMNS] : [f.name]));
}

const isSourceList = (value: FieldValue): value is readonly CitedSource[] =>
  Array.isArray(value) && value.length > 0 && typeof value[0] === 'object';

/** One record as CSV cells: lists joined, sources spread over their columns, null as an empty cell. */
export function csvRow(record: OpenRecord): Record<string, string> {
  const row: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'sources') {
      const list = isSourceList(value) ? value : [];
      row.source_ids = list.map((s) => s.id).join(LIST_SEPARATOR);
      row.source_titles = list.map((s) => s.title).join(LIST_SEPARATOR);
      row.source_publishers = list.map((s) => s.publisher).join(LIST_SEPARATOR);
      row.source_urls = list.map((s) => s.url ?? '').join(LIST_SEPARATOR);
    } else if (Array.isArray(value)) {
      row[key] = value.join(LIST_SEPARATOR);
    } else {
      row[key] = value === null ? '' : String(value);
    }
  }
  return row;
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted only where they need it. */
export function toCsv(dataset: Dataset): string {
  return stringify(dataset.records.map(csvRow), { header: true, columns: csvColumns(dataset.fields), record_delimiter: 'windows' });
}

/** The records as a JSON array, indented for people who open the file to read it. */
export function toJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset.records, null, 2)}\n`;
}
