/**
 * Timeline events, who's-who entries the agreement's commitments and glossary terms are searched one by one, not as two long pages: each becomes
 * its own Pagefind record that links straight to its anchor and carries the same filters as a chapter
 * (ids, never display text: the search shows the labels). The search page publishes them for the
 * search-index integration (src/build-state.ts).
 */
import type { Actor, Commitment, Event, Explainer, Term } from '../explainer.ts';
import { listedChapters } from '../lib/chapters.ts';
import type { ViewContext } from './shared.ts';
import type { SearchType } from '../site.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** The edition's language, as on its pages' <html lang>. */
  language: string;
  meta: { title: string };
  /** `chapter` only while search offers that filter (LISTED_CHAPTERS_MAX): otherwise it is index weight no one uses. */
  filters: { type: SearchType[]; chapter?: string[] };
}

/**
 * One record per event, per actor and per glossary term of an edition. `routes` are for base "/": search adds the base
 * path to every result, as it does for the pages Pagefind reads from dist/.
 */
export function searchRecords(explainer: Pick<Explainer, 'chapters' | 'events' | 'actors' | 'commitments' | 'glossary'>, { locale, routes }: ViewContext): SearchRecord[] {
  const language = locale.edition.lang;
  const byChapter = listedChapters(explainer.chapters).length > 0;
  const chapters = (ids: string[]) => (byChapter ? { chapter: ids } : {});
  const eventRecord = (event: Event): SearchRecord => {
    const date = locale.format.date(event.date);
    return {
      url: routes.event(event.id),
      content: [`${date}: ${event.title}.`, event.summary, event.note].filter(Boolean).join(' '),
      language,
      meta: { title: `${date}: ${event.title}` },
      filters: { type: ['event'], ...chapters([event.chapter.id]) },
    };
  };
  const actorRecord = (actor: Actor): SearchRecord => ({
    url: routes.actor(actor.id),
    content: `${actor.name}. ${actor.role}. ${actor.description}`,
    language,
    meta: { title: `${actor.name}, ${actor.role}` },
    filters: { type: ['actor'], ...chapters(actor.chapters.map((c) => c.id)) },
  });
  // A promise is found by its words, its status and what happened to it; hindsight is in the record too, as on the page.
  const commitmentRecord = (commitment: Commitment): SearchRecord => {
    const { statuses, title } = locale.t.commitments;
    return {
      url: routes.commitment(commitment.id),
      content: [commitment.promise, `${statuses[commitment.status].label}.`, commitment.asOf, commitment.note, commitment.later?.text].filter(Boolean).join(' '),
      language,
      meta: { title: `${title}: ${commitment.promise}` },
      filters: { type: ['commitment'], ...chapters([commitment.chapter.id]) },
    };
  };
  const termRecord = (term: Term): SearchRecord => ({
    url: routes.term(term.id),
    content: [`${term.term}.`, term.definition, ...term.aliases.filter((a) => a !== term.term).map((a) => `${a}.`)].join(' '),
    language,
    meta: { title: locale.t.glossary.searchTitle(term.term) },
    filters: { type: ['term'], ...chapters(term.chapters.map((c) => c.id)) },
  });
  return [
    ...explainer.events.map(eventRecord),
    ...explainer.actors.map(actorRecord),
    ...explainer.commitments.map(commitmentRecord),
    ...explainer.glossary.map(termRecord),
  ];
}
