/** The timeline pages and the print page's timeline: events by year, each with its chapter and sources. */
import { chaptersById, listedChapters } from '../lib/chapters.ts';
import { yearOf } from '../lib/dates.ts';
import { ANCHORS, TIMELINE_PAGE_EVENTS, type Routes } from '../site.ts';
import { englishMark, isFallback } from '../lib/fallback.ts';
import type { Chapter, Event, Explainer, Source } from '../explainer.ts';
import { dataLinksView, dateText, englishRoutes, eventsOf, linkOf, pagerView, resolve, rich, sourceItems, type DataLinksView, type DateText, type Link, type PagerView, type Rich, type SourceItem, type ViewContext } from './shared.ts';

export interface TimelineEvent {
  /** The element id that links point at. */
  anchor: string;
  title: string;
  date: DateText;
  summary: string;
  note?: { label: string; text: string } | undefined;
  /** "More in chapter 2, Round one."; not on one chapter's timeline, whose introduction links the chapter. */
  more?: Rich | undefined;
  /** On the signing of a document the commitments tracker follows: the way to it. */
  commitments?: Link | undefined;
  sources: SourceItem[];
  /** In a translated edition, an event not yet translated: its text is English (lang, dir). */
  english?: { lang: string; dir: 'ltr' } | undefined;
}

export interface TimelineYear {
  year: number;
  /** The year as the heading shows it, in the edition's digits. */
  label: string;
  id: string;
  events: TimelineEvent[];
}

export interface EventListView {
  sourcesLabel: string;
  years: TimelineYear[];
}

/** Events (in date order) grouped by year. */
export function eventListView(
  events: readonly Event[],
  chapters: readonly Chapter[],
  sources: ReadonlyMap<string, Source>,
  context: ViewContext,
  /** One chapter's events only: each event's "More in …" line would name that chapter every time. */
  { oneChapter = false }: { oneChapter?: boolean } = {},
): EventListView {
  const { t } = context.locale;
  const byId = chaptersById(chapters);
  const years = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const chapter = byId.get(event.chapter.id)!;
    const year = yearOf(event.date);
    const list = years.get(year) ?? [];
    list.push({
      anchor: ANCHORS.event(event.id),
      title: event.title,
      date: dateText(context, event.date),
      summary: event.summary,
      note: event.note ? { label: t.timeline.note, text: event.note } : undefined,
      more: oneChapter ? undefined : rich(t.timeline.moreIn(linkOf({ href: context.routes.chapter(chapter.id), text: t.chapter.reference(chapter.data.order, chapter.data.shortTitle) }))),
      commitments: event.document ? { href: context.routes.commitments, text: t.commitments.timelineLink } : undefined,
      sources: sourceItems(context, resolve(sources, event.sources)),
      english: englishMark(event),
    });
    years.set(year, list);
  }
  return {
    sourcesLabel: t.timeline.sources,
    years: [...years].map(([year, list]) => ({ year, label: context.locale.format.digits(String(year)), id: ANCHORS.year(year), events: list })),
  };
}

export interface TimelineFilterView {
  label: string;
  options: { text: string; href: string; current: boolean }[];
}

/**
 * Whether a translated edition leads to the English edition for a chapter's timeline: it does when it shows
 * the chapter and each of its events in English, since a page of its own would only repeat that page (as
 * with the print page, the edition builds none).
 */
export const timelineInEnglish = (shownInEnglish: boolean, events: readonly object[]): boolean =>
  shownInEnglish && events.every((e) => englishMark(e) !== undefined);

/** The addresses for a chapter's timeline and its events: its edition's, or the English edition's (timelineInEnglish). */
export function chapterTimelineRoutes(shownInEnglish: boolean, events: readonly object[], context: ViewContext): Routes {
  return timelineInEnglish(shownInEnglish, events) ? englishRoutes(context) : context.routes;
}

/** Links that narrow the timeline to one chapter: plain pages, so the filter works without JavaScript. */
export function timelineFilterView(chapters: readonly Chapter[], current: string | undefined, hrefOf: (chapterId: string) => string, context: ViewContext): TimelineFilterView {
  const { locale: { t }, routes } = context;
  return {
    label: t.timeline.filter,
    options: [
      { text: t.timeline.all, href: routes.timeline, current: current === undefined },
      ...listedChapters(chapters).map((c) => ({ text: c.data.shortTitle, href: hrefOf(c.id), current: c.id === current })),
    ],
  };
}

/** Links to the year headings: a sticky column beside the events on wide screens, a row above them on phones. */
export interface YearIndexView {
  label: string;
  years: Link[];
}

export interface TimelinePageView {
  title: string;
  description: string;
  intro: Rich;
  dataLinks: DataLinksView;
  filter: TimelineFilterView;
  years: YearIndexView;
  list: EventListView;
  /** Only when the whole timeline has more than one page. */
  pager?: PagerView | undefined;
}

/** How many pages the whole timeline has: one per TIMELINE_PAGE_EVENTS events. */
export const timelinePages = (events: readonly unknown[], size = TIMELINE_PAGE_EVENTS) => Math.max(1, Math.ceil(events.length / size));

const pagesOf = new WeakMap<readonly Event[], Map<string, number>>();
/**
 * The page of the whole timeline that shows an event (`events` in date order, as the explainer holds
 * them), for links to it: routes.event(id, eventPage(events, id)). Made once per list of events.
 */
export function eventPage(events: readonly Event[], id: string, size = TIMELINE_PAGE_EVENTS): number {
  let pages = size === TIMELINE_PAGE_EVENTS ? pagesOf.get(events) : undefined;
  if (!pages) {
    pages = new Map(events.map((e, i) => [e.id, Math.floor(i / size) + 1]));
    if (size === TIMELINE_PAGE_EVENTS) pagesOf.set(events, pages);
  }
  return pages.get(id) ?? 1;
}

/**
 * The whole timeline (no `chapter`), its page `page` past TIMELINE_PAGE_EVENTS events, or one chapter's
 * part of it. The year index lists every year of the whole timeline, each linked where its first event is.
 * `translation` is the edition's (none: every chapter in its own words).
 */
export function timelinePageView(
  data: { chapters: readonly Chapter[]; events: readonly Event[]; sources: ReadonlyMap<string, Source>; translation?: Explainer['translation'] },
  chapter: Chapter | undefined,
  context: ViewContext,
  { page = 1, size = TIMELINE_PAGE_EVENTS }: { page?: number; size?: number } = {},
): TimelinePageView {
  const { t, format } = context.locale;
  const { chapters, sources, translation } = data;
  const shownInEnglish = (id: string) => translation !== undefined && isFallback({ translation }, 'chapters', id);
  const all = chapter ? eventsOf(data.events, chapter.id) : data.events;
  const total = chapter ? 1 : timelinePages(all, size);
  const events = total > 1 ? all.slice((page - 1) * size, page * size) : all;
  const list = eventListView(events, chapters, sources, context, { oneChapter: chapter !== undefined });
  const firstOfYear = new Map<number, number>();
  for (const e of all) if (!firstOfYear.has(yearOf(e.date))) firstOfYear.set(yearOf(e.date), eventPage(all, e.id, size));
  const yearHref = (year: number) => {
    const on = total > 1 ? firstOfYear.get(year)! : page;
    // A year that starts on an earlier page but goes on here is linked here.
    const here = on === page || list.years.some((y) => y.year === year);
    return `${here ? '' : context.routes.timelinePage(on)}#${ANCHORS.year(year)}`;
  };
  const shared = {
    dataLinks: dataLinksView('events', t.timeline.dataLabel, chapters, context),
    filter: timelineFilterView(chapters, chapter?.id, (id) => chapterTimelineRoutes(shownInEnglish(id), eventsOf(data.events, id), context).timelineOf(id), context),
    years: { label: t.timeline.years, years: [...firstOfYear.keys()].map((year) => ({ href: yearHref(year), text: format.digits(String(year)) })) },
    list,
    pager: pagerView(page, total, t.timeline.pages, context.routes.timelinePage, context),
  };
  if (chapter) {
    const { order, shortTitle, title } = chapter.data;
    return {
      title: t.timeline.ofChapter(shortTitle),
      description: t.timeline.ofChapterDescription(events.length, order, title),
      intro: rich(t.timeline.ofChapterIntro(events.length, order, linkOf({ href: context.routes.chapter(chapter.id), text: title }))),
      ...shared,
    };
  }
  const from = yearOf(all[0]!.date);
  const to = yearOf(all.at(-1)!.date);
  const ofPage = total > 1 ? `${t.site.titleSeparator}${t.timeline.page(page, total)}` : '';
  return {
    title: `${t.timeline.title}${ofPage}`,
    description: t.timeline.description(all.length, from, to),
    intro: [t.timeline.intro(all.length, chapters.length, from, to)],
    ...shared,
  };
}
