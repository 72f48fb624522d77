/** The open-data files' two formats: RFC 4180 CSV and indented JSON, written from the same records. */
import { stringify } from 'csv-stringify/sync';
import type { CitedSource, OpenRecord } from './records.ts';

export type Format = 'csv' | 'json';

/** The files' media types, for the download links and the responses. */
export const MEDIA_TYPES: Record<Format, string> = { csv: 'text/csv', json: 'application/json' };

/** Several values in one CSV cell (aliases, chapters, sources) are separated by this; titles may contain ";". */
export const LIST_SEPARATOR = ' | ';

/** In CSV, the `sources` field becomes these four parallel columns, one source per list position. */
const SOURCE_CELLS = {
  source_ids: (s: CitedSource) => s.id,
  source_titles: (s: CitedSource) => s.title,
  source_publishers: (s: CitedSource) => s.publisher,
  // A missing address keeps its place, so the columns stay parallel.
  source_urls: (s: CitedSource) => s.url ?? '',
};
export const SOURCE_COLUMNS = Object.keys(SOURCE_CELLS) as (keyof typeof SOURCE_CELLS)[];

/** What a dataset's files are written from: its field names, in order, and its records. */
export interface Table {
  fields: readonly string[];
  records: readonly OpenRecord[];
}

/** The CSV header: the fields in order, with `sources` spread over its four columns. */
export function csvColumns(fields: readonly string[]): string[] {
  return fields.flatMap((f) => (f === 'sources' ? SOURCE_COLUMNS : [f]));
}

/** One record as CSV cells: lists joined, sources spread over their columns, null as an empty cell. */
export function csvRow({ values, sources }: OpenRecord): Record<string, string> {
  const row: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    row[key] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === null ? '' : String(value);
  }
  if (sources) {
    for (const column of SOURCE_COLUMNS) row[column] = sources.map(SOURCE_CELLS[column]).join(LIST_SEPARATOR);
  }
  return row;
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted only where they need it. */
export function toCsv({ fields, records }: Table): string {
  return stringify(records.map(csvRow), { header: true, columns: csvColumns(fields), record_delimiter: 'windows' });
}

/** One record as a JSON object: its fields, then its sources. */
export const jsonObject = ({ values, sources }: OpenRecord) => (sources ? { ...values, sources } : values);

/** The records as a JSON array, indented for people who open the file to read it. */
export function toJson({ records }: Table): string {
  return `${JSON.stringify(records.map(jsonObject), null, 2)}\n`;
}

/** A dataset's file name in a format, "events.csv". */
export const fileName = (name: string, format: Format) => `${name}.${format}`;
