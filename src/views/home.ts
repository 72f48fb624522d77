/** The home page: the introduction, each chapter's lead figure, the chapter cards and the ways in. */
import { firstFigure } from '../lib/key-numbers.ts';
import { listedChapters, printableWhole } from '../lib/chapters.ts';
import { readingMinutes } from '../lib/reading.ts';
import { yearOf } from '../lib/dates.ts';
import { ANCHORS } from '../site.ts';
import type { Chapter, Event } from '../explainer.ts';
import { dateText, rich, strong, timeOf, type Rich, type ViewContext } from './shared.ts';

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

export interface HomeView {
  title: string;
  intro: string;
  asOf: Rich;
  /**
   * Each chapter's lead figure, so the strip never drifts from the chapters themselves; no strip past
   * LISTED_CHAPTERS_MAX chapters, where a figure apiece would be a page of figures before the contents.
   */
  keyNumbers: { heading: string; items: { label: string; value: string; note: string }[] } | undefined;
  /**
   * A card per chapter, with its summary while the explainer is small; past LISTED_CHAPTERS_MAX chapters a
   * list of titles (`compact`), which every other page's menu then points to: a summary apiece would make
   * the home page of a few thousand chapters too large to keep offline.
   */
  chapters: { id: string; heading: string; cards: ChapterCard[]; compact: boolean };
  explore: { heading: string; links: { href: string; title: string; text: string }[] };
}

export function homeView(chapters: readonly Chapter[], events: readonly Event[], context: ViewContext): HomeView {
  const { locale, routes } = context;
  const { t, format } = locale;
  const links = t.home.links;
  const compact = listedChapters(chapters).length === 0;
  return {
    title: t.site.title,
    intro: t.home.intro(chapters.length),
    asOf: rich(t.home.asOf(strong(timeOf(dateText(context, chapters[0]!.data.asOf))))),
    keyNumbers: !compact ? { heading: t.chapter.keyNumbers, items: chapters.map((c) => firstFigure(c.data.keyNumbers)!) } : undefined,
    chapters: {
      id: ANCHORS.chapters,
      heading: t.home.chapters(chapters.length),
      compact,
      cards: chapters.map((c) => ({
        order: context.locale.format.digits(String(c.data.order)),
        href: routes.chapter(c.id),
        label: t.home.cardNumber(c.data.order),
        title: c.data.title,
        summary: compact ? undefined : c.data.summary,
        meta: `${format.period(c.data.period.start, c.data.period.end)} · ${t.home.readingTime(readingMinutes(c.body ?? ''))}`,
      })),
    },
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
