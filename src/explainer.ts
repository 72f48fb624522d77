/**
 * Loads every collection once per build and checks what the schemas alone cannot:
 * that references point at real entries and that the four chapters form a whole.
 * Pages call loadExplainer() and receive sorted, resolved data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildState } from './build-state.ts';
import { chapterSetProblems, sortByOrder } from './lib/chapters.ts';
import { citationGroups, citationProblems } from './lib/citations.ts';
import { ContentError } from './lib/content-errors.ts';
import { compareDates, datesOutOfRange, type LatestDate, type PartialDate } from './lib/dates.ts';
import { fieldPlace } from './lib/fields.ts';
import { glossaryProblems } from './lib/glossary.ts';
import { linkableActors } from './markdown/link-actors.ts';
import { brokenReferences, unreferenced } from './lib/references.ts';
import { unusedSynonyms } from './lib/search-spellings.ts';
import { stateMediaOnly, type Fact } from './lib/source-policy.ts';
import { SETTINGS } from './settings.ts';

export type Chapter = CollectionEntry<'chapters'>;
export type Source = CollectionEntry<'sources'>['data'];
export type Event = CollectionEntry<'events'>['data'];
export type Actor = CollectionEntry<'actors'>['data'];
export type TroopLevel = CollectionEntry<'troopLevels'>['data'];
export type Commitment = CollectionEntry<'commitments'>['data'];
export type Term = CollectionEntry<'glossary'>['data'];
export type SearchSynonym = CollectionEntry<'searchSynonyms'>['data'];

export interface Explainer {
  chapters: Chapter[];
  sources: Map<string, Source>;
  events: Event[];
  actors: Actor[];
  troopLevels: TroopLevel[];
  /** The promises of the agreement and the joint declaration, in file order (grouped by topic on the page). */
  commitments: Commitment[];
  /** The glossary in file order (the page sorts it in its edition's alphabetical order). */
  glossary: Term[];
  /** Other spellings of the site's words, for search (content/search-synonyms.yaml). */
  searchSynonyms: SearchSynonym[];
  /** When the postscript was written (the frontmatter field postscriptWritten of the chapter that has it). */
  postscript?: PartialDate;
}

async function load(): Promise<Explainer> {
  const [chapters, sources, events, actors, troopLevels, commitments, glossary, searchSynonyms] = await Promise.all([
    getCollection('chapters'),
    getCollection('sources'),
    getCollection('events'),
    getCollection('actors'),
    getCollection('troopLevels'),
    getCollection('commitments'),
    getCollection('glossary'),
    getCollection('searchSynonyms'),
  ]);
  const byId = new Map(sources.map((s) => [s.id, s.data]));
  const postscripts = chapters.filter((c) => c.data.postscriptWritten);
  const latest: LatestDate | undefined = postscripts[0] && {
    date: postscripts[0].data.postscriptWritten!,
    setIn: `postscriptWritten in ${postscripts[0].filePath ?? postscripts[0].id}`,
  };
  const problems = [
    ...(postscripts.length > 1
      ? [`only one chapter can end with the postscript, but ${postscripts.map((c) => c.filePath ?? c.id).join(' and ')} each give postscriptWritten`]
      : []),
    ...datesOutOfRange({ chapters, sources, events, actors, troopLevels, commitments }, latest),
    ...(SETTINGS.anyChapters ? [] : chapterSetProblems(chapters)),
    ...brokenReferences({ chapters, sources, events, actors, troopLevels, commitments, glossary }),
    ...signingProblems(commitments, events),
    ...unreferenced('sources', { chapters, sources, events, actors, troopLevels, commitments, glossary }).map(
      (s) => `${s.filePath ?? 'sources'} → source "${s.id}": nothing cites it; cite it or remove the row`,
    ),
    ...chapters.flatMap((c) =>
      citationProblems(c.filePath ?? c.id, c.body ?? '', c.data.sources.map((s) => s.id), (id) => byId.get(id)?.title),
    ),
    ...stateMediaOnly(facts({ chapters, events, actors, troopLevels, commitments, glossary }), (id) => byId.get(id)?.kind),
    ...glossaryProblems(glossary, chapters, linkableActors(actors.map((a) => a.data)), { listsEveryUse: !SETTINGS.anyChapters }),
    ...unusedSynonyms(
      [
        ...chapters.map((c) => `${c.data.title} ${c.body ?? ''}`),
        ...events.map(({ data: e }) => `${e.title} ${e.summary} ${e.note ?? ''}`),
        ...actors.map(({ data: a }) => `${a.name} ${a.role} ${a.description} ${a.aliases.join(' ')}`),
      ],
      searchSynonyms.map((s) => s.data),
    ).map((s) => {
      const entry = searchSynonyms.find((e) => e.id === s.id)!;
      return `${fieldPlace(entry, 'search-synonyms', 'word')}: "${s.word}" appears nowhere in the chapters, the timeline or who's who, so its spellings would find nothing`;
    }),
  ];
  if (problems.length > 0) {
    throw new ContentError(`The content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return {
    chapters: sortByOrder(chapters),
    sources: byId,
    events: events.map((e) => e.data).sort((a, b) => compareDates(a.date, b.date)),
    actors: actors.map((a) => a.data),
    troopLevels: troopLevels.map((t) => t.data).sort((a, b) => compareDates(a.date, b.date)),
    commitments: inFileOrder(commitments.map((c) => c.data), buildState.commitmentOrder.read()),
    glossary: glossary.map((g) => g.data),
    searchSynonyms: searchSynonyms.map((s) => s.data),
    postscript: latest?.date,
  };
}

/** Entries in the order their file gives them (`order`, their ids as the loader read them). */
function inFileOrder<T extends { id: string }>(entries: T[], order: readonly string[]): T[] {
  const position = new Map(order.map((id, i) => [id, i]));
  return entries.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/**
 * The tracker names each document by its signing on the timeline, and the timeline links that event back:
 * every document a commitment cites needs exactly one event marked with it.
 */
function signingProblems(commitments: CollectionEntry<'commitments'>[], events: CollectionEntry<'events'>[]): string[] {
  const cited = [...new Set(commitments.flatMap((c) => c.data.documents))];
  return cited.flatMap((document) => {
    const signed = events.filter((e) => e.data.document === document);
    if (signed.length === 1) return [];
    const file = events[0]?.filePath ?? 'events';
    return signed.length === 0
      ? [`${file}: no event is marked "document: ${document}", but content/commitments.yaml cites that document; mark the event of its signing`]
      : [`${file}: ${signed.map((e) => `"${e.id}"`).join(' and ')} are all marked "document: ${document}"; only the event of its signing may be`];
  });
}

/** Every cited fact: each entry of the data files, and each group of footnotes in a chapter. */
function facts(entries: {
  chapters: Chapter[];
  events: CollectionEntry<'events'>[];
  actors: CollectionEntry<'actors'>[];
  troopLevels: CollectionEntry<'troopLevels'>[];
  commitments: CollectionEntry<'commitments'>[];
  glossary: CollectionEntry<'glossary'>[];
}): Fact[] {
  const { chapters, ...data } = entries;
  return [
    ...Object.entries(data).flatMap(([name, list]) =>
      list.map((e) => ({ where: fieldPlace(e, name, 'sources'), sources: e.data.sources.map((s) => s.id) })),
    ),
    ...chapters.flatMap((c) =>
      citationGroups(c.body ?? '').map((g) => ({ where: `${c.filePath ?? c.id}, the footnotes after "${g.context}"`, sources: g.ids })),
    ),
  ];
}

let cached: Promise<Explainer> | undefined;

export function loadExplainer(): Promise<Explainer> {
  cached ??= load();
  return cached;
}
