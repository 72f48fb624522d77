/** The home page: the introduction, each chapter's lead figure, the chapter cards and the ways in. */
import { firstFigure } from '../lib/key-numbers.ts';
import { listedChapters, printableWhole } from '../lib/chapters.ts';
import { readingMinutes } from '../lib/reading.ts';
import { yearOf } from '../lib/dates.ts';
import { ANCHORS, CONTENTS_PAGE_CHAPTERS } from '../site.ts';
import type { Chapter, Event } from '../explainer.ts';
import { dateText, pagerView, rich, strong, timeOf, type PagerView, type Rich, type ViewContext } from './shared.ts';

export interface ChapterCard {
  /** The chapter's number, in the edition's digits. */
  order: string;
  href: string;
  /** Read before the title by screen readers: "Chapter 1: ". */
  label: string;
  title: string;
  /** Not in a compact list. */
  summary?: string | undefined;
  meta: string;
}

/**
 * The chapters, as cards with their summaries while the explainer is small; past LISTED_CHAPTERS_MAX
 * chapters a list of titles (`compact`), which every other page's menu then points to: a summary apiece
 * would make the home page of a few thousand chapters too large to keep offline. Past
 * CONTENTS_PAGE_CHAPTERS chapters, the list goes on over pages (`pager`).
 */
export interface ContentsView {
  /** The list's heading's id, which the menu's "All chapters" and the pager's first page link to. */
  id: string;
  heading: string;
  cards: ChapterCard[];
  compact: boolean;
  pager?: PagerView | undefined;
}

export interface HomeView {
  title: string;
  intro: string;
  asOf: Rich;
  /**
   * Each chapter's lead figure, so the strip never drifts from the chapters themselves; no strip past
   * LISTED_CHAPTERS_MAX chapters, where a figure apiece would be a page of figures before the contents.
   */
  keyNumbers: { heading: string; items: { label: string; value: string; note: string }[] } | undefined;
  /** The contents' first page. */
  chapters: ContentsView;
  explore: { heading: string; links: { href: string; title: string; text: string }[] };
}

export function homeView(chapters: readonly Chapter[], events: readonly Event[], context: ViewContext): HomeView {
  const { locale, routes } = context;
  const { t } = locale;
  const links = t.home.links;
  const compact = listedChapters(chapters).length === 0;
  return {
    title: t.site.title,
    intro: t.home.intro(chapters.length),
    asOf: rich(t.home.asOf(strong(timeOf(dateText(context, chapters[0]!.data.asOf))))),
    keyNumbers: !compact ? { heading: t.chapter.keyNumbers, items: chapters.map((c) => firstFigure(c.data.keyNumbers)!) } : undefined,
    chapters: contentsView(chapters, context),
    explore: {
      heading: t.home.explore,
      links: [
        { href: routes.timeline, title: links.timeline.title, text: links.timeline.text(yearOf(events[0]!.date), yearOf(events.at(-1)!.date)) },
        { href: routes.people, ...links.people },
        { href: routes.commitments, ...links.commitments },
        { href: routes.glossary, ...links.glossary },
        { href: routes.search, ...links.search },
        // The whole explainer on one page, while it is short enough to print (WHOLE_PRINT_CHAPTERS_MAX).
        ...(printableWhole(chapters) ? [{ href: routes.print, ...links.print }] : []),
        { href: routes.offline, ...links.offline },
      ],
    },
  };
}

/** How many pages the contents have: one per CONTENTS_PAGE_CHAPTERS chapters. */
export const contentsPages = (chapters: readonly unknown[], size = CONTENTS_PAGE_CHAPTERS) => Math.max(1, Math.ceil(chapters.length / size));

/** The contents' page `page`: on the home page the first, at chapters/page-2/ and on the rest (routes.contentsPage). */
export function contentsView(chapters: readonly Chapter[], context: ViewContext, { page = 1, size = CONTENTS_PAGE_CHAPTERS }: { page?: number; size?: number } = {}): ContentsView {
  const { t, format } = context.locale;
  const compact = listedChapters(chapters).length === 0;
  const shown = chapters.slice((page - 1) * size, page * size);
  return {
    id: ANCHORS.chapters,
    // A later page is titled by the chapters it lists; the first, on the home page, by all of them.
    heading: page > 1 ? t.home.chaptersFrom(shown[0]!.data.order, shown.at(-1)!.data.order, chapters.length) : t.home.chapters(chapters.length),
    compact,
    cards: shown.map((c) => ({
      order: format.digits(String(c.data.order)),
      href: context.routes.chapter(c.id),
      label: t.home.cardNumber(c.data.order),
      title: c.data.title,
      summary: compact ? undefined : c.data.summary,
      meta: `${format.period(c.data.period.start, c.data.period.end)} · ${t.home.readingTime(readingMinutes(c.body ?? ''))}`,
    })),
    pager: pagerView(page, contentsPages(chapters, size), t.home.contentsPages, context.routes.contentsPage, context),
  };
}

/** A later page of the contents (chapters/page-2/ and on): headed by all the chapters, titled by those it lists. */
export function contentsPageView(chapters: readonly Chapter[], context: ViewContext, page: number): { heading: string; title: string; contents: ContentsView } {
  const contents = contentsView(chapters, context, { page });
  return { heading: context.locale.t.home.chapters(chapters.length), title: contents.heading, contents };
}
