/** The glossary: each term with its definition, other spellings, the chapters that use it and its sources, grouped by first letter. */
import { chaptersById } from '../lib/chapters.ts';
import { ANCHORS } from '../site.ts';
import type { Chapter, Source, Term } from '../explainer.ts';
import { dataLinksView, linkOf, resolve, rich, sourceItems, type DataLinksView, type Link, type Rich, type SourceItem, type ViewContext } from './shared.ts';

export interface GlossaryEntry {
  /** The <dfn>'s id, which the chapters' first uses link to. */
  id: string;
  term: string;
  definition: string;
  /** The other spellings the chapters use, if any. */
  aliases: string[];
  chapters: Link[];
  sources: SourceItem[];
  /** "More in who's who.", linked, for a term that is also a person or group there. */
  actor?: Rich | undefined;
}

export interface GlossaryView {
  lettersLabel: string;
  alsoWritten: string;
  usedIn: string;
  sourcesLabel: string;
  groups: { id: string; letter: string; entries: GlossaryEntry[] }[];
}

/** The letter a term is filed under: its first letter without accents, in the edition's capitals. */
const letterOf = (term: string, lang: string) => term.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toLocaleUpperCase(lang);

export function glossaryView(
  terms: readonly Term[],
  chapters: readonly Chapter[],
  sources: ReadonlyMap<string, Source>,
  context: ViewContext,
): GlossaryView {
  const { t, format, edition } = context.locale;
  const g = t.glossary;
  const byId = chaptersById(chapters);
  const entry = (term: Term): GlossaryEntry => ({
    id: ANCHORS.term(term.id),
    term: term.term,
    definition: term.definition,
    aliases: term.aliases.filter((alias) => alias !== term.term),
    chapters: term.chapters
      .map((ref) => byId.get(ref.id)!)
      .sort((a, b) => a.data.order - b.data.order)
      .map((c) => ({ href: context.routes.chapter(c.id), text: t.chapter.reference(c.data.order, c.data.shortTitle) })),
    sources: sourceItems(context, resolve(sources, term.sources)),
    actor: term.actor && rich(g.inWhosWho(linkOf({ href: context.routes.actor(term.actor.id), text: g.whosWho }))),
  });
  // Alphabetical, so a reader can scan for a term; grouped under its first letter.
  const sorted = [...terms].sort((a, b) => format.compare(a.term, b.term));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const term of sorted) {
    const letter = letterOf(term.term, edition.lang);
    groups.set(letter, [...(groups.get(letter) ?? []), entry(term)]);
  }
  return {
    lettersLabel: g.letters,
    alsoWritten: g.alsoWritten,
    usedIn: g.usedIn,
    sourcesLabel: g.sources,
    groups: [...groups].map(([letter, entries]) => ({ id: `letter-${letter.toLowerCase()}`, letter, entries })),
  };
}

export interface GlossaryPageView {
  title: string;
  description: string;
  intro: string;
  dataLinks: DataLinksView;
  list: GlossaryView;
}

export function glossaryPageView(
  data: { glossary: readonly Term[]; chapters: readonly Chapter[]; sources: ReadonlyMap<string, Source> },
  context: ViewContext,
): GlossaryPageView {
  const { glossary: g } = context.locale.t;
  return {
    title: g.title,
    description: g.description(data.glossary.length),
    intro: g.intro(data.chapters.length),
    dataLinks: dataLinksView('glossary', g.dataLabel, data.chapters, context),
    list: glossaryView(data.glossary, data.chapters, data.sources, context),
  };
}
