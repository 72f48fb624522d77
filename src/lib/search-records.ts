/**
 * Timeline events and who's-who entries are searched one by one, not as two long pages: each becomes
 * its own Pagefind record that links straight to its anchor and carries the same filters as a chapter.
 */
import { formatDate, type PartialDate } from './dates.ts';

export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string };
  filters: { type: string[]; chapter: string[] };
}

/**
 * Pagefind's files this site never loads: the prebuilt UIs (it drives the JS API directly) and the web
 * worker (searches run on the main thread with `noWorker`, which saves a 12 KB download on a small index).
 */
const UNUSED_BUNDLE_FILE = /^pagefind-((component-ui|modular-ui|ui)\.(js|css)|worker\.js)$/;

/** Whether a file Pagefind produced is needed by the site: the index, its library, wasm and the highlighter. */
export function isUsedSearchFile(path: string): boolean {
  return !UNUSED_BUNDLE_FILE.test(path.split('/').pop() ?? path);
}

export function eventRecord(
  event: { id: string; date: PartialDate; title: string; summary: string; note?: string | undefined },
  chapterTitle: string,
  timelineUrl: string,
): SearchRecord {
  const date = formatDate(event.date);
  return {
    url: `${timelineUrl}#event-${event.id}`,
    content: [`${date}: ${event.title}.`, event.summary, event.note].filter(Boolean).join(' '),
    meta: { title: `${date}: ${event.title}` },
    filters: { type: ['Timeline event'], chapter: [chapterTitle] },
  };
}

export function actorRecord(
  actor: { id: string; name: string; role: string; description: string },
  chapterTitles: string[],
  peopleUrl: string,
): SearchRecord {
  return {
    url: `${peopleUrl}#${actor.id}`,
    content: `${actor.name}. ${actor.role}. ${actor.description}`,
    meta: { title: `${actor.name}, ${actor.role}` },
    filters: { type: ['Person or group'], chapter: chapterTitles },
  };
}
