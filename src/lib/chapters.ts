/** Chapter ordering and the rules that make the chapters (CHAPTER_IDS) a whole. */
import { CHAPTER_IDS, EDITIONS, LISTED_CHAPTERS_MAX, routes, SHARE_CARD, WHOLE_PRINT_CHAPTERS_MAX } from '../site.ts';

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

/**
 * The folders at the site's top that are not chapters: every other page's, each edition's, and the build's
 * own (Pagefind's index, Astro's assets, the 404 page).
 */
const TOP_FOLDERS: ReadonlySet<string> = (() => {
  const r = routes('/');
  const pages = [r.timeline, r.people, r.commitments, r.glossary, r.search, r.data, r.print, r.offline, r.about, r.translations, r.contentsPage(2), r.shareCard(SHARE_CARD.home)];
  return new Set([...pages.map((path) => path.split('/')[1]!), ...EDITIONS.map((e) => e.prefix.replace(/\/$/, '')).filter(Boolean), 'pagefind', '_astro', '404']);
})();

/**
 * What a chapter's id (its file name) would take the address of, or undefined if nothing: a chapter is
 * served at <id>/, its timeline at timeline/<id>/ and its share card at share/<id>.png.
 */
export function chapterIdClash(id: string): string | undefined {
  if (TOP_FOLDERS.has(id)) return `/${id}/ is already the address of another page or folder`;
  if (/^page-\d+$/.test(id)) return `its timeline would be at timeline/${id}/, a page of the whole timeline`;
  if (id === SHARE_CARD.home) return `its share card would be share/${id}.png, the home page's`;
  return undefined;
}

/** Chapters whose ids would take another page's address (chapterIdClash), naming the file to rename. */
export function chapterIdProblems(entries: readonly OrderedEntry[]): string[] {
  return entries.flatMap((e) => {
    const clash = chapterIdClash(e.id);
    return clash ? [`${e.filePath ?? e.id}: the chapter id "${e.id}" (its file name) cannot be used: ${clash}; rename the file`] : [];
  });
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
