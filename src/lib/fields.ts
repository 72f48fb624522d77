/** Walking the loaded data of content entries, for the checks that look at every field of every entry. */

/** An entry of a collection as the checks see it: `filePath` names it in messages. */
export interface CheckedEntry {
  id: string;
  filePath?: string;
  data: unknown;
}

/** Every value inside `data` that `is` accepts, with the field path it sits at ("sources[2]", "period.start"). */
export function findFields<T>(data: unknown, is: (value: unknown) => value is T, path = ''): { field: string; value: T }[] {
  if (is(data)) return [{ field: path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findFields(item, is, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findFields(value, is, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Where an entry's field is, as messages name it: `content/events.yaml → entry "x", field "date"`. */
export function fieldPlace(entry: CheckedEntry, collection: string, field: string): string {
  return `${entry.filePath ?? collection} → entry "${entry.id}", field "${field}"`;
}
