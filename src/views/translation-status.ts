/**
 * The translation status page, as Astro's docs keep one with Lunaria: for each translated edition, every
 * English chapter and list with whether it is translated and current, translated from an older English
 * revision (the English file's sha256 no longer matches translationOf.sha256), or shown in English.
 * The build already knows each state (src/explainer.ts, TranslationStatus); this only puts it in words.
 * Past LISTED_CHAPTERS_MAX chapters, the chapters shown in English are counted in one row rather than
 * listed: a row apiece for every edition would outgrow what a phone keeps offline at a few thousand.
 */
import type { ChapterTranslation, TranslatedKind, TranslationStatus } from '../explainer.ts';
import type { PartialDate } from '../lib/dates.ts';
import { ANCHORS, LISTED_CHAPTERS_MAX, type Routes } from '../site.ts';
import type { Link, ViewContext } from './shared.ts';

export type PartState = 'current' | 'outdated' | 'fallback' | 'partial';

export interface StatusRow {
  part: Link;
  state: PartState;
  text: string;
}

export interface EditionStatus {
  /** The edition's name in its own language, and its tag for lang="". */
  name: string;
  lang: string;
  rows: StatusRow[];
}

export interface TranslationStatusView {
  title: string;
  description: string;
  intro: string;
  headers: { part: string; state: string };
  editions: EditionStatus[];
}

/** One translated edition: what it has translated, and its pages' addresses, which the rows link to. */
export interface EditionInput {
  name: string;
  lang: string;
  translation: TranslationStatus;
  routes: Routes;
}

/** What English has: the chapters (titled in the page's language) and how many entries each list holds. */
export interface EnglishParts {
  chapters: readonly { id: string; title: string }[];
  totals: Record<TranslatedKind, number>;
}

/** The lists in the order the site's navigation gives them. */
const LISTS: readonly TranslatedKind[] = ['events', 'actors', 'commitments', 'glossary', 'troopLevels'];

export function chapterState(translation: ChapterTranslation | undefined): Exclude<PartState, 'partial'> {
  return translation?.state === 'current' || translation?.state === 'outdated' ? translation.state : 'fallback';
}

/** A list is current when every entry is translated, shown in English when none is, partial in between. */
export function listState(total: number, untranslated: number): PartState {
  if (untranslated === 0) return 'current';
  return untranslated >= total ? 'fallback' : 'partial';
}

export function translationStatusView(english: EnglishParts, editions: readonly EditionInput[], { locale: { t, format } }: ViewContext): TranslationStatusView {
  const s = t.translations;
  const listNames: Record<TranslatedKind, string> = {
    events: t.footer.timeline,
    actors: t.footer.people,
    commitments: t.footer.commitments,
    glossary: t.footer.glossary,
    troopLevels: s.troopLevels,
  };
  // The troop levels are a chart in the chapters and a file on the open-data page.
  const listHref = (routes: Routes): Record<TranslatedKind, string> => ({
    events: routes.timeline,
    actors: routes.people,
    commitments: routes.commitments,
    glossary: routes.glossary,
    troopLevels: routes.data,
  });
  const dateOf = (date: PartialDate | undefined) => (date ? format.date(date) : '');
  const listed = english.chapters.length <= LISTED_CHAPTERS_MAX;
  const chapterRows = (e: EditionInput): StatusRow[] => {
    const rows = english.chapters.map((c): StatusRow => {
      const translation = e.translation.chapters.get(c.id);
      const state = chapterState(translation);
      const text = state === 'current' ? s.current : state === 'outdated' ? s.outdated(dateOf(translation?.date)) : s.fallback;
      return { part: { href: e.routes.chapter(c.id), text: c.title }, state, text };
    });
    if (listed) return rows;
    const inEnglish = rows.filter((r) => r.state === 'fallback').length;
    const others: StatusRow[] = inEnglish > 0 ? [{ part: { href: `${e.routes.home}#${ANCHORS.chapters}`, text: s.otherChapters(inEnglish) }, state: 'fallback', text: s.fallback }] : [];
    return [...rows.filter((r) => r.state !== 'fallback'), ...others];
  };
  return {
    title: s.title,
    description: s.description,
    intro: s.intro,
    headers: { part: s.part, state: s.state },
    editions: editions.map((e) => ({
      name: e.name,
      lang: e.lang,
      rows: [
        ...chapterRows(e),
        ...LISTS.map((kind): StatusRow => {
          const total = english.totals[kind];
          const untranslated = e.translation.fallback[kind].size;
          const state = listState(total, untranslated);
          const text = state === 'current' ? s.current : state === 'fallback' ? s.fallback : s.entries(total - untranslated, total);
          return { part: { href: listHref(e.routes)[kind], text: listNames[kind] }, state, text };
        }),
      ],
    })),
  };
}
