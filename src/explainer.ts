/**
 * Loads every collection once per build and checks what the schemas alone cannot:
 * that references point at real entries and that the four chapters form a whole.
 * Pages call loadExplainer() and receive sorted, resolved data. The entries come from the content layer's
 * stores as its loaders publish them (src/loaders/published.ts), not from astro:content, so that the build
 * can load the explainer before the pages are compiled (src/integrations/share-cards.ts) and hand the same
 * one to the pages.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { buildState } from './build-state.ts';
import { chapterIdProblems, chapterSetProblems, sortByOrder } from './lib/chapters.ts';
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
import { DEFAULT_EDITION, type AboutCount, type Edition } from './site.ts';
import { chapterTranslationProblems, dataTranslationProblems, paragraphTranslationProblems, shortSha256 } from './lib/translation-check.ts';
import { editionDigits } from './lib/digits.ts';
import { isFallback, markShownInEnglish } from './lib/fallback.ts';
import { readFile } from 'node:fs/promises';

export type Chapter = CollectionEntry<'chapters'>;
export type Source = CollectionEntry<'sources'>['data'];
export type Event = CollectionEntry<'events'>['data'];
export type Actor = CollectionEntry<'actors'>['data'];
export type TroopLevel = CollectionEntry<'troopLevels'>['data'];
export type Commitment = CollectionEntry<'commitments'>['data'];
export type Term = CollectionEntry<'glossary'>['data'];
export type SearchSynonym = CollectionEntry<'searchSynonyms'>['data'];
export type AboutSection = CollectionEntry<'about'>['data'];

/** The about page's content (content/about.yaml): its sections in file order, and the counts its text gives. */
export interface About {
  sections: AboutSection[];
  counts: Record<AboutCount, number>;
}

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
  about: About;
  /** When the postscript was written (the frontmatter field postscriptWritten of the chapter that has it). */
  postscript?: PartialDate;
  /** The edition this explainer is in, and which of its parts are translated. */
  edition: Edition;
  translation: TranslationStatus;
}

/**
 * A chapter's translation: "current" when it translates the English file as it is now, "outdated" when the
 * English file has changed since (its sha256 no longer matches), "fallback" when there is none and the
 * English is shown (the page says so and marks the text lang="en" dir="ltr"). The English edition: "original".
 */
export type TranslationState = 'original' | 'current' | 'outdated' | 'fallback';

export interface ChapterTranslation {
  state: TranslationState;
  /** The translation's file and the day it was made (translationOf.date). */
  file?: string;
  date?: PartialDate;
}

export type TranslatedKind = 'events' | 'actors' | 'glossary' | 'commitments' | 'troopLevels';

export interface TranslationStatus {
  chapters: Map<string, ChapterTranslation>;
  /** The ids of the data entries shown in English because the edition has no translation of them. */
  fallback: Record<TranslatedKind, Set<string>>;
}

export { englishMark, isFallback } from './lib/fallback.ts';

/**
 * The chapters an edition has in its own words: the pages its search indexes and its "Did you mean …?"
 * vocabulary draws on. A chapter not translated yet is found in the English edition.
 */
export const ownChapters = (explainer: Explainer): Chapter[] => explainer.chapters.filter((c) => !isFallback(explainer, 'chapters', c.id));

/**
 * A collection's entries as astro:content's getCollection() gives them: its store's, each naming its
 * collection, in order of id (Astro writes its store so sorted, and getCollection reads it back).
 */
async function entriesOf<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const store = buildState.collections.read().stores.get(collection);
  const entries = (store?.values() ?? []).sort((a, b) => a.id.localeCompare(b.id));
  return entries.map((entry) => ({ ...entry, collection }) as unknown as CollectionEntry<C>);
}

async function load(): Promise<Explainer> {
  const [chapters, sources, events, actors, troopLevels, commitments, glossary, searchSynonyms, about] = await Promise.all([
    entriesOf('chapters'),
    entriesOf('sources'),
    entriesOf('events'),
    entriesOf('actors'),
    entriesOf('troopLevels'),
    entriesOf('commitments'),
    entriesOf('glossary'),
    entriesOf('searchSynonyms'),
    entriesOf('about'),
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
    ...chapterIdProblems(chapters),
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
      // The short texts first: the reading stops once every word is found, and the chapters are megabytes.
      [
        ...events.map(({ data: e }) => `${e.title} ${e.summary} ${e.note ?? ''}`),
        ...actors.map(({ data: a }) => `${a.name} ${a.role} ${a.description} ${a.aliases.join(' ')}`),
        ...chapters.map((c) => `${c.data.title} ${c.body ?? ''}`),
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
    about: {
      sections: inFileOrder(about.map((a) => a.data), buildState.aboutOrder.read()),
      counts: { sources: byId.size, policy: buildState.sourcePolicySize.read() },
    },
    postscript: latest?.date,
    edition: DEFAULT_EDITION,
    translation: {
      chapters: new Map(chapters.map((c) => [c.id, { state: 'original' }])),
      fallback: { events: new Set(), actors: new Set(), glossary: new Set(), commitments: new Set(), troopLevels: new Set() },
    },
  };
}

/** The language and chapter of a translated chapter's file: content/translations/<lang>/chapters/<id>.mdx. */
function translatedChapterPlace(entry: { id: string; filePath?: string }): { lang: string; id: string } {
  const m = /(?:^|\/)([^/]+)\/chapters\/([^/]+?)(?:\.mdx)?$/.exec(entry.filePath ?? entry.id);
  return { lang: m?.[1] ?? '', id: m?.[2] ?? entry.id };
}

/** The text fields each data file's translation may give; each is laid over the English field of that name. */
const TRANSLATED_FIELDS: Record<TranslatedKind, { collection: 'eventTranslations' | 'actorTranslations' | 'glossaryTranslations' | 'commitmentTranslations' | 'troopLevelTranslations'; file: string; fields: string[] }> = {
  events: { collection: 'eventTranslations', file: 'events.yaml', fields: ['title', 'summary', 'note'] },
  actors: { collection: 'actorTranslations', file: 'actors.yaml', fields: ['name', 'role', 'description', 'aliases'] },
  glossary: { collection: 'glossaryTranslations', file: 'glossary.yaml', fields: ['term', 'definition', 'aliases'] },
  commitments: { collection: 'commitmentTranslations', file: 'commitments.yaml', fields: ['promise', 'deadlineNote', 'asOf', 'note', 'later'] },
  troopLevels: { collection: 'troopLevelTranslations', file: 'troop-levels.yaml', fields: ['note', 'annotation'] },
};

/**
 * An edition's explainer: the English one with the edition's translations laid over it by id. A chapter or
 * entry without a translation stays English and is listed as a fallback; a translation of an id the English
 * lacks, a field the English entry has not, or a chapter that no longer matches its original stops the build.
 */
async function loadEdition(edition: Edition): Promise<Explainer> {
  const english = await loadExplainer();
  const problems: string[] = [];
  const digits = (text: string) => editionDigits(text, edition.lang);
  const translation: TranslationStatus = {
    chapters: new Map(),
    fallback: { events: new Set(), actors: new Set(), glossary: new Set(), commitments: new Set(), troopLevels: new Set() },
  };

  // Chapters.
  const translatedChapters = (await entriesOf('chapterTranslations')).filter((c) => translatedChapterPlace(c).lang === edition.id);
  const byChapter = new Map(translatedChapters.map((c) => [translatedChapterPlace(c).id, c]));
  for (const [id, entry] of byChapter) {
    if (!english.chapters.some((c) => c.id === id)) {
      problems.push(`${entry.filePath ?? entry.id}: there is no English chapter "${id}" (content/chapters/${id}.mdx) for it to translate; the chapters are: ${english.chapters.map((c) => c.id).join(', ')}`);
    }
  }
  const chapters: Chapter[] = [];
  for (const original of english.chapters) {
    const entry = byChapter.get(original.id);
    if (!entry) {
      translation.chapters.set(original.id, { state: 'fallback' });
      chapters.push(original);
      continue;
    }
    const file = entry.filePath ?? entry.id;
    const { translationOf, ...text } = entry.data;
    const englishFile = original.filePath ?? `content/chapters/${original.id}.mdx`;
    if (translationOf.file.replace(/^.*\//, '') !== englishFile.replace(/^.*\//, '')) {
      problems.push(`${file} → field "translationOf.file": "${translationOf.file}" is not this chapter's English file (${englishFile})`);
    }
    problems.push(
      ...chapterTranslationProblems(
        { file: englishFile, body: original.body ?? '', keyNumbers: original.data.keyNumbers, brief: original.data.brief },
        { file, body: entry.body ?? '', keyNumbers: text.keyNumbers, brief: text.brief },
      ),
    );
    const sha = await shortSha256(await readFile(englishFile, 'utf8').catch(() => ''));
    translation.chapters.set(original.id, { state: sha === translationOf.sha256 ? 'current' : 'outdated', file, date: translationOf.date });
    // The translated entry renders its own body (render() follows filePath); its id, order, dates and sources are the English ones.
    // Shown in the edition's digits (the checks above read the Latin ones the translators write).
    const shown = {
      title: digits(text.title),
      shortTitle: digits(text.shortTitle),
      summary: digits(text.summary),
      keyNumbers: text.keyNumbers.map((k) => ({ label: digits(k.label), value: digits(k.value), note: digits(k.note) })),
      brief: text.brief.map(digits),
    };
    chapters.push({ ...entry, id: original.id, collection: 'chapters', data: { ...original.data, ...shown } } as unknown as Chapter);
  }

  // Data files.
  const overlay = async <T extends { id: string }>(kind: TranslatedKind, entries: readonly T[]): Promise<T[]> => {
    const { collection, file, fields } = TRANSLATED_FIELDS[kind];
    const translated = (await entriesOf(collection)).filter((e) => e.id.startsWith(`${edition.id}/`));
    const byId = new Map(translated.map((e) => [e.id.slice(edition.id.length + 1), e]));
    const known = new Set(entries.map((e) => e.id));
    for (const [id, e] of byId) {
      if (!known.has(id)) problems.push(`${e.filePath ?? file} → entry "${id}": content/${file} has no entry "${id}"; a translation keeps the English ids`);
    }
    return entries.map((original) => {
      const t = byId.get(original.id);
      if (!t) {
        translation.fallback[kind].add(original.id);
        return markShownInEnglish(original);
      }
      const where = `${t.filePath ?? file} → entry "${original.id}"`;
      const data = t.data as Record<string, unknown>;
      const source = original as unknown as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...source };
      const pairs: { field: string; english: string; translated: string }[] = [];
      for (const field of fields) {
        if (data[field] === undefined) continue;
        const englishValue = field === 'later' ? (source.later as { text?: string } | undefined)?.text : source[field];
        if (englishValue === undefined) {
          problems.push(`${where}, field "${field}": the English entry has no ${field}, so there is nothing to translate`);
          continue;
        }
        const shown = typeof data[field] === 'string' ? digits(data[field] as string) : data[field];
        if (field === 'later') merged.later = { ...(source.later as object), text: shown };
        else merged[field] = shown;
        if (typeof englishValue === 'string' && typeof data[field] === 'string') pairs.push({ field, english: englishValue, translated: data[field] as string });
      }
      problems.push(...dataTranslationProblems(where, pairs));
      return merged as unknown as T;
    });
  };
  const [events, actors, glossary, commitments, troopLevels] = [
    await overlay('events', english.events),
    await overlay('actors', english.actors),
    await overlay('glossary', english.glossary),
    await overlay('commitments', english.commitments),
    await overlay('troopLevels', english.troopLevels),
  ];

  // The about page: each section's heading and paragraphs, which keep the English ones' links, counts and numbers.
  const aboutTranslated = (await entriesOf('aboutTranslations')).filter((e) => e.id.startsWith(`${edition.id}/`));
  const aboutById = new Map(aboutTranslated.map((e) => [e.id.slice(edition.id.length + 1), e]));
  for (const [id, e] of aboutById) {
    if (!english.about.sections.some((s) => s.id === id)) problems.push(`${e.filePath} → entry "${id}": content/about.yaml has no entry "${id}"; a translation keeps the English ids`);
  }
  const aboutSections = english.about.sections.map((original) => {
    const t = aboutById.get(original.id);
    if (!t) return markShownInEnglish(original);
    const where = `${t.filePath} → entry "${original.id}"`;
    problems.push(
      ...dataTranslationProblems(where, [{ field: 'heading', english: original.heading, translated: t.data.heading }]),
      ...paragraphTranslationProblems(where, 'paragraphs', original.paragraphs, t.data.paragraphs),
    );
    return { ...t.data, id: original.id };
  });

  if (problems.length > 0) {
    throw new ContentError(`The ${edition.id} translation has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return { ...english, chapters, events, actors, glossary, commitments, troopLevels, about: { ...english.about, sections: aboutSections }, edition, translation };
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

/**
 * The explainer in one edition (English by default): loaded and checked once per build, and again in
 * `astro dev` after the content changes. Kept in buildState, so that the pages get the one the build
 * loaded before compiling them.
 */
export function loadExplainer(edition: Edition = DEFAULT_EDITION): Promise<Explainer> {
  const { changes } = buildState.collections.read();
  let loaded = buildState.explainers.peek();
  if (loaded?.changes !== changes) buildState.explainers.publish((loaded = { changes, editions: new Map() }));
  let explainer = loaded.editions.get(edition.id);
  if (!explainer) {
    explainer = edition.id === DEFAULT_EDITION.id ? load() : loadEdition(edition);
    loaded.editions.set(edition.id, explainer);
  }
  return explainer;
}
