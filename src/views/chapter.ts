/** One chapter page: everything around the chapter's text (header, facts, contents, key dates, citation, the way on). */
import type { MarkdownHeading } from 'astro';
import { listedChapters, neighbours } from '../lib/chapters.ts';
import { readingMinutes } from '../lib/reading.ts';
import { articleJsonLd } from '../lib/structured-data.ts';
import { ANCHORS, filterAttribute } from '../site.ts';
import type { Chapter, Event } from '../explainer.ts';
import { chapterTimelineRoutes } from './timeline.ts';
import { dateText, rich, type DateText, type Link, type Rich, type ViewContext } from './shared.ts';

export interface ChapterFact {
  label: string;
  text: string;
  /** Set where the fact is a date, for <time datetime>. */
  iso?: string | undefined;
}

export interface ChapterCardLink {
  href: string;
  label: string;
  title: string;
}

export interface ChapterView {
  id: string;
  title: string;
  summary: string;
  kicker: string;
  facts: ChapterFact[];
  keyNumbers: { heading: string; items: { label: string; value: string; note: string }[] };
  /** The "In brief" box: the chapter's gist in a few plain sentences. */
  brief: { id: string; heading: string; points: string[] };
  /** The contents column: only for chapters with more than one section. */
  contents: { label: string; heading: string; items: { href: string; text: string; depth: number }[] } | undefined;
  keyDates: { heading: string; items: { date: DateText; href: string; title: string }[]; full: Link } | undefined;
  cite: { heading: string; citation: Rich; hint: string };
  /** After the notes' heading: a link past the notes' many links to what follows them (key dates or the citation). */
  skipNotes: Link;
  prevNext: { label: string; prev?: ChapterCardLink | undefined; next?: ChapterCardLink | undefined };
  /**
   * The footer's Print button, shown when script runs: the chapter prints from this page (the paper style
   * sheet in src/styles/global.css). None for a chapter shown in English, whose English page prints it.
   */
  print: string | undefined;
  /** Pagefind filter attribute values: the chapter's type and, while search offers that filter, its own id. */
  filters: string[];
  jsonLd: Record<string, unknown>;
}

export interface ChapterInput {
  chapter: Chapter;
  /** All chapters in reading order, for the count and the neighbours. */
  chapters: readonly Chapter[];
  /** The chapter's own events, in date order. */
  events: readonly Event[];
  headings: readonly MarkdownHeading[];
  /** The page's public address and the site's. */
  url: string;
  siteUrl: string;
  /**
   * A translated edition shows this chapter in English (no translation yet): its page gives the gist and the
   * way to the English chapter, which prints it; its timeline is the English edition's when its events are in
   * English too (timelineInEnglish).
   */
  shownInEnglish?: boolean | undefined;
}

export function chapterView({ chapter, chapters, events, headings, url, siteUrl, shownInEnglish }: ChapterInput, context: ViewContext): ChapterView {
  const { locale, routes } = context;
  const { t, format, edition } = locale;
  const { title, summary, order, period, asOf, updated, keyNumbers, brief } = chapter.data;
  const { prev, next } = neighbours(chapters, chapter.id);
  const neighbour = (c: Chapter | undefined, label: (order: number) => string) =>
    c && { href: routes.chapter(c.id), label: label(c.data.order), title: c.data.title };
  const sections = headings.filter((h) => h.depth <= 3 && h.slug !== ANCHORS.sources);
  const timeline = chapterTimelineRoutes(!!shownInEnglish, events, context);
  const updatedText = format.date(updated);
  return {
    id: chapter.id,
    title,
    summary,
    kicker: t.chapter.kicker(order, chapters.length),
    facts: [
      { label: t.chapter.covers, text: format.period(period.start, period.end) },
      { label: t.chapter.readingTime, text: t.chapter.minutes(readingMinutes(chapter.body ?? '')) },
      { label: t.chapter.asOf, ...dateText(context, asOf) },
      { label: t.chapter.updated, iso: updated.iso, text: updatedText },
    ],
    keyNumbers: { heading: t.chapter.keyNumbers, items: keyNumbers },
    brief: { id: ANCHORS.inBrief, heading: t.chapter.inBrief, points: brief },
    contents:
      sections.length > 1
        ? {
            label: t.chapter.contents,
            heading: t.chapter.inThisChapter,
            items: [
              // The heading's text without the word joiner that keeps its self-link on its last line.
              ...sections.map((h) => ({ href: `#${h.slug}`, text: h.text.replace(/\u2060/g, ''), depth: h.depth })),
              { href: `#${ANCHORS.sources}`, text: t.chapter.sources, depth: 2 },
              // What follows the notes, so that the citation is a few Tab presses away, not past every footnote.
              ...(events.length > 0 ? [{ href: '#chapter-timeline-heading', text: t.chapter.keyDates, depth: 2 }] : []),
              { href: '#cite-heading', text: t.chapter.cite, depth: 2 },
            ],
          }
        : undefined,
    keyDates:
      events.length > 0
        ? {
            heading: t.chapter.keyDates,
            items: events.map((e) => ({ date: dateText(context, e.date, true), href: timeline.event(e.id, { chapter: chapter.id }), title: e.title })),
            full: { href: timeline.timelineOf(chapter.id), text: t.chapter.fullTimeline },
          }
        : undefined,
    skipNotes:
      events.length > 0
        ? { href: '#chapter-timeline-heading', text: t.chapter.skipNotes(t.chapter.keyDates) }
        : { href: '#cite-heading', text: t.chapter.skipNotes(t.chapter.cite) },
    cite: {
      heading: t.chapter.cite,
      citation: rich(t.chapter.citation(title, { tag: 'cite', children: [t.site.title] }, updatedText, url)),
      hint: t.chapter.citeHint,
    },
    prevNext: {
      label: t.chapter.prevNext,
      prev: neighbour(prev, t.chapter.previous),
      next: neighbour(next, t.chapter.next),
    },
    print: shownInEnglish ? undefined : t.footer.printChapter,
    // The chapter filter only while search offers it (LISTED_CHAPTERS_MAX).
    filters: [filterAttribute('type', 'chapter'), ...(listedChapters(chapters).length > 0 ? [filterAttribute('chapter', chapter.id)] : [])],
    jsonLd: articleJsonLd({
      title,
      description: summary,
      url,
      asOf: asOf.iso,
      updated: updated.iso,
      siteName: t.site.title,
      siteUrl,
      lang: edition.lang,
      position: order,
    }),
  };
}
