/**
 * The print page: the whole explainer on one page (up to WHOLE_PRINT_CHAPTERS_MAX chapters), each chapter
 * introduced as on its own page. A chapter on its own prints from its own page.
 */
import { ANCHORS } from '../site.ts';
import type { Chapter } from '../explainer.ts';
import type { ChapterView } from './chapter.ts';
import { dateText, rich, strong, timeOf, type Link, type Rich, type ViewContext } from './shared.ts';

export interface PrintChapterView {
  id: string;
  /** The id of the chapter's title, the target of the contents. */
  titleId: string;
  kicker: string;
  title: string;
  summary: string;
  facts: Rich;
  keyNumbers: { heading: string; items: { label: string; value: string; note: string }[] };
  /** As on the chapter page (PrintChapter gives its id the chapter's as a prefix). */
  brief: ChapterView['brief'];
}

export interface PrintView {
  title: string;
  description: string;
  heading: string;
  intro: Rich;
  how: string;
  /** The Print button (shown when script runs; the browser's own command otherwise). */
  button: string;
  chapters: PrintChapterView[];
  /** After the contents and the chapters: the timeline, the who's who and the troop levels' table. */
  contents: { heading: string; links: Link[]; addresses: string };
  timeline: { id: string; heading: string };
  people: { id: string; heading: string };
  troops: { id: string; heading: string };
}

function printChapterView(chapter: Chapter, context: ViewContext): PrintChapterView {
  const { t, format } = context.locale;
  const { order, title, summary, period, asOf, updated, keyNumbers, brief } = chapter.data;
  return {
    id: chapter.id,
    titleId: ANCHORS.printChapter(chapter.id),
    kicker: t.print.kicker(order),
    title,
    summary,
    facts: rich(t.print.facts(format.period(period.start, period.end), timeOf(dateText(context, asOf)), timeOf(dateText(context, updated)))),
    keyNumbers: { heading: t.chapter.keyNumbers, items: keyNumbers },
    brief: { id: ANCHORS.inBrief, heading: t.chapter.inBrief, points: brief },
  };
}

/** The whole explainer: every chapter, then the timeline, the who's who and the troop levels. */
export function printView(chapters: readonly Chapter[], context: ViewContext): PrintView {
  const { t } = context.locale;
  const n = chapters.length;
  return {
    title: t.print.title,
    description: t.print.description(n, t.site.title),
    heading: t.site.title,
    intro: rich(t.print.intro(n, strong(timeOf(dateText(context, chapters[0]!.data.asOf))))),
    how: t.print.how,
    button: t.print.button,
    chapters: chapters.map((c) => printChapterView(c, context)),
    contents: {
      heading: t.print.contents,
      links: [
        ...chapters.map((c) => ({ href: `#${ANCHORS.printChapter(c.id)}`, text: c.data.title })),
        { href: `#${ANCHORS.printTimeline}`, text: t.print.timeline },
        { href: `#${ANCHORS.printPeople}`, text: t.print.people },
        { href: `#${ANCHORS.printTroops}`, text: t.print.troops },
      ],
      addresses: t.print.addresses,
    },
    timeline: { id: ANCHORS.printTimeline, heading: t.print.timeline },
    people: { id: ANCHORS.printPeople, heading: t.print.people },
    troops: { id: ANCHORS.printTroops, heading: t.print.troops },
  };
}
