/**
 * Build-time only: the timeline and who's-who entries as search records. The search-index integration
 * feeds them to Pagefind and removes this file from dist/.
 */
import type { APIRoute } from 'astro';
import { loadExplainer } from '../explainer.ts';
import { actorRecord, eventRecord } from '../lib/search-records.ts';
import { withBase } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { chapters, events, actors } = await loadExplainer();
  const title = new Map(chapters.map((c) => [c.id, c.data.shortTitle]));
  // Site-relative URLs, as Pagefind has for the pages it reads from dist/: search adds the base path
  // to every result (baseUrl in src/scripts/search/engine.ts), so adding it here would double it.
  const base = '/';
  const records = [
    ...events.map((e) => eventRecord(e, title.get(e.chapter.id)!, withBase(base, 'timeline/'))),
    ...actors.map((a) => actorRecord(a, a.chapters.map((c) => title.get(c.id)!), withBase(base, 'people/'))),
  ];
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
