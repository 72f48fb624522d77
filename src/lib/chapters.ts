/** Chapter ordering and the rules that make the chapters (CHAPTER_IDS) a whole. */
import { CHAPTER_IDS, LISTED_CHAPTERS_MAX, WHOLE_PRINT_CHAPTERS_MAX } from '../site.ts';

export interface OrderedEntry {
  id: string;
  filePath?: string;
  data: { order: number };
}

export function sortByOrder<T extends OrderedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends OrderedEntry>(sorted: readonly T[], id: string): { prev?: T; next?: T } {
  const i = sorted.findIndex((c) => c.id === id);
  if (i === -1) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** Problems with the chapter set as a whole, each naming the file and the field to fix. */
export function chapterSetProblems(entries: readonly OrderedEntry[], expectedIds: readonly string[] = CHAPTER_IDS): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((e) => e.id));
  for (const id of expectedIds) {
    if (!ids.has(id)) problems.push(`chapter "${id}" is missing: expected a file named ${id}.mdx in the chapters folder`);
  }
  for (const e of entries) {
    if (!expectedIds.includes(e.id)) {
      problems.push(`${e.filePath ?? e.id}: unexpected chapter "${e.id}"; the chapters are ${expectedIds.join(', ')}`);
    }
  }
  const byOrder = new Map<number, OrderedEntry[]>();
  for (const e of entries) byOrder.set(e.data.order, [...(byOrder.get(e.data.order) ?? []), e]);
  for (const [order, same] of byOrder) {
    if (same.length > 1) {
      problems.push(`field "order": ${same.map((e) => e.filePath ?? e.id).join(' and ')} both use order ${order}; each chapter needs its own`);
    }
  }
  return problems;
}

/** Every chapter, for the lists on every page, or none past LISTED_CHAPTERS_MAX (src/site.ts says why). */
export function listedChapters<T>(chapters: readonly T[]): T[] {
  return chapters.length <= LISTED_CHAPTERS_MAX ? [...chapters] : [];
}

/** Whether the whole explainer is short enough to print on one page (WHOLE_PRINT_CHAPTERS_MAX). */
export function printableWhole(chapters: readonly unknown[]): boolean {
  return chapters.length <= WHOLE_PRINT_CHAPTERS_MAX;
}

/** The chapters by id, built once per list (views ask for it on every page, and there are pages per chapter). */
const byIdOf = new WeakMap<readonly OrderedEntry[], ReadonlyMap<string, OrderedEntry>>();
export function chaptersById<T extends OrderedEntry>(chapters: readonly T[]): ReadonlyMap<string, T> {
  let found = byIdOf.get(chapters);
  if (!found) {
    found = new Map(chapters.map((c) => [c.id, c]));
    byIdOf.set(chapters, found);
  }
  return found as ReadonlyMap<string, T>;
}
