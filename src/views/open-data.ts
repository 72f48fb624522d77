/**
 * The open-data page: for each dataset its heading, description, download links and a table of its
 * fields, with the CSV columns a field becomes where they differ from its name; and the licence and
 * formats notes above them.
 */
import { csvColumns, fileName, LIST_SEPARATOR, MEDIA_TYPES, type Format } from '../lib/open-data/csv.ts';
import { documentedFields, type Dataset } from '../lib/open-data/datasets.ts';
import type { DatasetName } from '../site.ts';
import { linkOf, rich, type Inline, type Rich, type ViewContext } from './shared.ts';

/** A term shown in bold, then the text that explains it. */
export interface TermText {
  term: string;
  text: Rich;
}

export interface DatasetView {
  name: DatasetName;
  headingId: string;
  title: string;
  /** The description and the number of rows. */
  summary: string;
  downloads: Record<Format, { href: string; file: string; type: string }>;
  captionId: string;
  caption: string;
  fields: { name: string; description: string; csvColumns: Rich | undefined }[];
}

export interface OpenDataView {
  title: string;
  description: string;
  intro: string;
  licence: TermText;
  formats: { id: string; heading: string; items: TermText[] };
  columns: { field: string; meaning: string };
  datasets: DatasetView[];
}

const code = (text: string): Inline => ({ tag: 'code', children: [text] });

export function openDataView(datasets: readonly Dataset[], { locale: { t, format }, routes }: ViewContext, site: URL | string): OpenDataView {
  const d = t.data;
  const home = new URL(routes.home, site).href;
  const f = d.formatList;
  return {
    title: d.title,
    description: d.description,
    intro: d.intro,
    licence: { term: d.licence.term, text: rich(d.licence.text(t.site.title, linkOf({ href: home, text: home }))) },
    formats: {
      id: 'formats',
      heading: d.formats,
      items: [
        { term: f.csv.term, text: rich(f.csv.text(LIST_SEPARATOR.trim())) },
        { term: f.json.term, text: rich(f.json.text(code('null'))) },
        { term: f.dates.term, text: rich(f.dates.text(code('2020-02-29'), code('2020-02'), code('2020'), code('date_precision'))) },
        { term: f.sources.term, text: rich(f.sources.text()) },
      ],
    },
    columns: { field: d.field, meaning: d.meaning },
    datasets: datasets.map(({ name, records }) => {
      const { title, description } = d.datasets[name];
      return {
        name,
        headingId: `${name}-heading`,
        title,
        summary: `${description} ${d.rows(records.length, format.number(records.length))}`,
        downloads: {
          csv: { href: routes.dataFile(name, 'csv'), file: fileName(name, 'csv'), type: MEDIA_TYPES.csv },
          json: { href: routes.dataFile(name, 'json'), file: fileName(name, 'json'), type: MEDIA_TYPES.json },
        },
        captionId: `${name}-fields`,
        caption: d.fieldsCaption(fileName(name, 'csv'), fileName(name, 'json')),
        fields: documentedFields(name, d).map((field) => {
          const columns = csvColumns([field.name]);
          const differs = columns.length !== 1 || columns[0] !== field.name;
          return { ...field, csvColumns: differs ? rich(d.csvColumns(columns.map(code))) : undefined };
        }),
      };
    }),
  };
}
