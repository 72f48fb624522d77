/** The print page: the whole explainer on one page, each chapter introduced as on its own page. */
import { ANCHORS } from '../site.ts';
import type { Chapter } from '../explainer.ts';
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
}

export interface PrintView {
  title: string;
  description: string;
  heading: string;
  intro: Rich;
  how: string;
  contents: { heading: string; links: Link[] };
  chapters: PrintChapterView[];
  timeline: { id: string; heading: string };
  people: { id: string; heading: string };
}

export function printView(chapters: readonly Chapter[], context: ViewContext): PrintView {
  const { t, format } = context.locale;
  const n = chapters.length;
  return {
    title: t.print.title,
    description: t.print.description(n, t.site.title),
    heading: t.site.title,
    intro: rich(t.print.intro(n, strong(timeOf(dateText(context, chapters[0]!.data.asOf))))),
    how: t.print.how,
    contents: {
      heading: t.print.contents,
      links: [
        ...chapters.map((c) => ({ href: `#${ANCHORS.printChapter(c.id)}`, text: c.data.title })),
        { href: `#${ANCHORS.printTimeline}`, text: t.print.timeline },
        { href: `#${ANCHORS.printPeople}`, text: t.print.people },
      ],
    },
    chapters: chapters.map((c) => {
      const { order, title, summary, period, asOf, updated, keyNumbers } = c.data;
      return {
        id: c.id,
        titleId: ANCHORS.printChapter(c.id),
        kicker: t.print.kicker(order),
        title,
        summary,
        facts: rich(t.print.facts(format.period(period.start, period.end), timeOf(dateText(context, asOf)), timeOf(dateText(context, updated)))),
        keyNumbers: { heading: t.chapter.keyNumbers, items: keyNumbers },
      };
    }),
    timeline: { id: ANCHORS.printTimeline, heading: t.print.timeline },
    people: { id: ANCHORS.printPeople, heading: t.print.people },
  };
}
