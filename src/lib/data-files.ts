/**
 * Reading the YAML and CSV data files strictly. Astro's file() loader logs a syntax error, an entry
 * without an id or a repeated id, and carries on with what it could read, so a slip in events.yaml
 * could quietly empty the timeline. Here each of these stops the build, naming the file and the line.
 */
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { ContentError, yamlSyntaxError, type ContentFile } from './content-errors.ts';
import { expected } from './field-messages.ts';

export interface DataEntry {
  id: string;
  data: Record<string, unknown>;
}

/** A YAML list of entries, read with the core schema so that dates stay as typed (2020-02-30 is not moved to March). */
export function parseYamlList(text: string, { file, path }: ContentFile): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) throw yamlSyntaxError(error, { file, path });
    throw error;
  }
}

/** The line a CSV row ends on, kept on each row under a symbol (schemas see only the row's own fields). */
export const CSV_LINE = Symbol('csv line');

/** A CSV table with a header row, one object per row; a malformed row names its line. */
export function parseCsvTable(text: string, { file, path }: ContentFile): unknown {
  try {
    const rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, info: true }) as {
      record: Record<string, string>;
      info: { lines: number };
    }[];
    return rows.map(({ record, info }) => Object.assign(record, { [CSV_LINE]: info.lines }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : 0;
    const where = line ? `${file}, line ${line}` : file;
    const location = { file: path, line, column: 0 };
    if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && Array.isArray(error.record) && Array.isArray(error.columns)) {
      throw new ContentError(
        `${where}: this row has ${error.record.length} cells, but the header row has ${error.columns.length}. ` +
          'Put double quotes around any cell that contains a comma, e.g. "Kabul, Afghanistan".',
        location,
      );
    }
    throw new ContentError(
      `${where}: this is not valid CSV (${error.message}). A cell that contains a comma or a double quote goes in double quotes, with each " inside written "".`,
      location,
    );
  }
}

/** The entries of a data file, keyed by their `id` field, which must be present and unique. */
export function entriesById(items: unknown, { file }: ContentFile): DataEntry[] {
  if (!Array.isArray(items)) {
    throw new ContentError(`${file}: expected a list of entries, each starting with "- id: …"`);
  }
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const n = i + 1;
    const previous = i > 0 ? ` (the one after "${String((items[i - 1] as Record<string, unknown>).id)}")` : '';
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ContentError(`${file}, entry ${n}${previous}: expected a group of fields starting with "id:"`);
    }
    const data = item as Record<string, unknown>;
    const id = data.id;
    if (typeof id !== 'string' || id.trim() === '') {
      const problem = expected('a unique id written as text, e.g. id: fall-of-kabul')({ input: id });
      throw new ContentError(`${file}, entry ${n}${previous}, field "id": ${problem}`);
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ContentError(`${file}, entries ${first} and ${n}, field "id": both use the id "${id}"; each entry needs its own`);
    }
    seen.set(id, n);
    return { id, data };
  });
}
