/**
 * Timeline events, who's-who entries, the agreement's commitments and glossary terms are searched one by one, not as two long pages: each becomes
 * its own Pagefind record that links straight to its anchor and carries the same filters as a chapter
 * (ids, never display text: the search shows the labels). The search page publishes them for the
 * search-index integration (src/build-state.ts).
 */
import type { Actor, Commitment, Event, Explainer, Term } from '../explainer.ts';
import { listedChapters } from '../lib/chapters.ts';
import { spellingsFor } from '../lib/search-spellings.ts';
import { buildVocabulary, type NamedRecord, type SearchNames, type SearchWords, type TermSource } from '../lib/search-vocabulary.ts';
import type { ViewContext } from './shared.ts';
import { eventPage } from './timeline.ts';
import { SEARCH_META, type SearchType } from '../site.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** The edition's language, as on its pages' <html lang>. */
  language: string;
  /**
   * The title, and the words a record is found by without showing them: an actor's other names
   * (SEARCH_META.aliases) and other spellings of its words (SEARCH_META.spellings, from
   * content/search-synonyms.yaml). Pagefind searches every meta field, weighted by metaWeights.
   */
  meta: { title: string } & Partial<Record<(typeof SEARCH_META)[keyof typeof SEARCH_META], string>>;
  /** `chapter` only while search offers that filter (LISTED_CHAPTERS_MAX): otherwise it is index weight no one uses. */
  filters: { type: SearchType[]; chapter?: string[] };
}

/**
 * One record per event, per actor and per glossary term of an edition. `routes` are for base "/": search adds the base
 * path to every result, as it does for the pages Pagefind reads from dist/.
 */
export function searchRecords(explainer: Pick<Explainer, 'chapters' | 'events' | 'actors' | 'commitments' | 'glossary' | 'searchSynonyms'>, { locale, routes }: ViewContext): SearchRecord[] {
  const language = locale.edition.lang;
  const byChapter = listedChapters(explainer.chapters).length > 0;
  const chapters = (ids: string[]) => (byChapter ? { chapter: ids } : {});
  /** The spellings field, when the text uses a word that has other spellings. */
  const spellings = (...texts: string[]) => {
    const found = spellingsFor(texts.join(' '), explainer.searchSynonyms);
    return found.length > 0 ? { [SEARCH_META.spellings]: found.join(', ') } : {};
  };
  const eventRecord = (event: Event): SearchRecord => {
    const date = locale.format.date(event.date);
    const content = [`${date}: ${event.title}.`, event.summary, event.note].filter(Boolean).join(' ');
    return {
      url: routes.event(event.id, eventPage(explainer.events, event.id)),
      content,
      language,
      meta: { title: `${date}: ${event.title}`, ...spellings(content) },
      filters: { type: ['event'], ...chapters([event.chapter.id]) },
    };
  };
  const actorRecord = (actor: Actor): SearchRecord => {
    // The name alone is the title: a title match weighs most, and a short title that is all name
    // puts the person's own entry above every page that only mentions them.
    const content = `${actor.name}: ${actor.role}. ${actor.description}`;
    const aliases = actor.aliases.filter((a) => !actor.name.includes(a));
    return {
      url: routes.actor(actor.id),
      content,
      language,
      meta: {
        title: actor.name,
        ...(aliases.length > 0 ? { [SEARCH_META.aliases]: aliases.join(', ') } : {}),
        ...spellings(content, ...actor.aliases),
      },
      filters: { type: ['actor'], ...chapters(actor.chapters.map((c) => c.id)) },
    };
  };
  // A promise is found by its words, its status and what happened to it; hindsight is in the record too, as on the page.
  const commitmentRecord = (commitment: Commitment): SearchRecord => {
    const { statuses, title } = locale.t.commitments;
    const content = [commitment.promise, `${statuses[commitment.status].label}.`, commitment.asOf, commitment.note, commitment.later?.text].filter(Boolean).join(' ');
    return {
      url: routes.commitment(commitment.id),
      content,
      language,
      meta: { title: `${title}: ${commitment.promise}`, ...spellings(content) },
      filters: { type: ['commitment'], ...chapters([commitment.chapter.id]) },
    };
  };
  const termRecord = (term: Term): SearchRecord => {
    const content = [`${term.term}.`, term.definition, ...term.aliases.filter((a) => a !== term.term).map((a) => `${a}.`)].join(' ');
    return {
      url: routes.term(term.id),
      content,
      language,
      meta: { title: locale.t.glossary.searchTitle(term.term), ...spellings(content) },
      filters: { type: ['term'], ...chapters(term.chapters.map((c) => c.id)) },
    };
  };
  return [
    ...explainer.events.map(eventRecord),
    ...explainer.actors.map(actorRecord),
    ...explainer.commitments.map(commitmentRecord),
    ...explainer.glossary.map(termRecord),
  ];
}

/** A chapter's headings, read from its Markdown. */
const headingsOf = (body: string) => [...body.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => m[1]!);

/**
 * A chapter's prose as search indexes it: without footnote definitions and references (the index leaves
 * footnotes out), components, link targets and Markdown punctuation, so the vocabulary holds no word a
 * search cannot find.
 */
export function indexedProse(body: string): string {
  return body
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/**
 * Where the vocabulary's words come from, strongest first: a word's rank is the sum of its occurrences,
 * each weighted by its source, so names and headings win "Did you mean …?" over words one letter away.
 * A new kind of record adds one line here.
 */
export function vocabularySources(explainer: Pick<Explainer, 'chapters' | 'events' | 'actors' | 'glossary'>, records: readonly SearchRecord[]): TermSource[] {
  return [
    { weight: 20, texts: explainer.actors.flatMap((a) => [a.name, ...a.aliases]) },
    { weight: 10, texts: explainer.glossary.flatMap((g) => [g.term, ...g.aliases]) },
    { weight: 10, texts: explainer.chapters.flatMap((c) => [c.data.title, ...headingsOf(c.body ?? '')]) },
    { weight: 10, texts: explainer.events.map((e) => e.title) },
    // Every other word, ranked by how often the site uses it.
    { weight: 1, texts: [...explainer.chapters.flatMap((c) => [c.data.summary, indexedProse(c.body ?? '')]), ...records.map((r) => r.content)] },
  ];
}

/**
 * The records a query can name exactly, shown first when it does: each who's-who entry, by its name and
 * aliases. Glossary terms are not: a term's name is often an event's too ("Bonn Agreement", "Resolution
 * 2513"), whose timeline entry is the better first answer, so ranking decides between them. A new kind of
 * record found by name adds its list here.
 */
export function namedRecords(explainer: Pick<Explainer, 'actors'>, { routes }: Pick<ViewContext, 'routes'>): NamedRecord[] {
  return explainer.actors.map((actor) => ({
    names: [actor.name, ...actor.aliases],
    url: routes.actor(actor.id),
    title: actor.name,
    type: 'actor',
    chapters: actor.chapters.map((c) => c.id),
  }));
}

/** An edition's vocabulary (src/lib/search-vocabulary.ts), from its records and chapters. */
export function searchVocabulary(
  explainer: Pick<Explainer, 'chapters' | 'events' | 'actors' | 'glossary' | 'searchSynonyms'>,
  records: readonly SearchRecord[],
  context: Pick<ViewContext, 'routes'>,
): { names: SearchNames; words: SearchWords } {
  return buildVocabulary(vocabularySources(explainer, records), explainer.searchSynonyms, namedRecords(explainer, context));
}
