/**
 * Astro's reference() only checks the shape of a reference, not that the entry exists, so a typo such as
 * `chapter: round-on` would build silently. This finds every reference in the loaded data and checks it.
 */
import { closestName } from './field-messages.ts';
import { fieldPlace, findFields, type CheckedEntry } from './fields.ts';

export interface Reference {
  collection: string;
  id: string;
}

function isReference(value: unknown): value is Reference {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Reference).collection === 'string' && typeof (value as Reference).id === 'string';
}

/** Every reference inside `data`, with the field path it sits at ("sources[2]", "chapter"). */
export function findReferences(data: unknown): { field: string; ref: Reference }[] {
  return findFields(data, isReference).map(({ field, value }) => ({ field, ref: value }));
}

/** Most lists are short enough to print whole; past that (sources.csv has hundreds) only the likely intended id helps. */
const LISTED_IDS_MAX = 12;

function referenceHint(id: string, known: string[]): string {
  const guess = closestName(id, known);
  const list = known.length <= LISTED_IDS_MAX ? ` Known ids: ${known.join(', ')}.` : ` (${known.length} ids to choose from.)`;
  return `${guess ? ` Did you mean "${guess}"?` : ''}${list}`;
}

/** One message per reference whose target does not exist, naming the file, the entry and the field. */
export function brokenReferences(collections: Record<string, readonly CheckedEntry[]>): string[] {
  const known = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: string[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const { field, ref } of findReferences(entry.data)) {
        const targets = known.get(ref.collection);
        if (targets?.has(ref.id)) continue;
        const hint = targets ? referenceHint(ref.id, [...targets].sort()) : '';
        problems.push(`${fieldPlace(entry, name, field)}: there is no ${ref.collection} entry "${ref.id}".${hint}`);
      }
    }
  }
  return problems;
}

/** Entries of one collection that nothing refers to: a bibliography row nobody cites is a row to remove. */
export function unreferenced(name: string, collections: Record<string, readonly CheckedEntry[]>): CheckedEntry[] {
  const used = new Set(
    Object.values(collections).flatMap((entries) =>
      entries.flatMap((e) => findReferences(e.data).flatMap(({ ref }) => (ref.collection === name ? [ref.id] : []))),
    ),
  );
  return (collections[name] ?? []).filter((e) => !used.has(e.id));
}
