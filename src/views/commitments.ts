/**
 * "What the agreement promised": each commitment of the US–Taliban agreement and the US–Afghan joint
 * declaration, grouped by topic, with its status on the explainer's as-of date and, set apart and dated,
 * what became of it later.
 */
import { chaptersById } from '../lib/chapters.ts';
import type { PartialDate } from '../lib/dates.ts';
import { ANCHORS, COMMITMENT_DOCUMENTS, COMMITMENT_STATUSES, COMMITMENT_TOPICS, type CommitmentStatus } from '../site.ts';
import type { Actor, Chapter, Commitment, Event, Source } from '../explainer.ts';
import { eventPage } from './timeline.ts';
import {
  dataLinksView, dateText, linkOf, resolve, rich, sourceItems, timeOf, type DataLinksView, type Link, type Rich,
  type SourceItem, type ViewContext,
} from './shared.ts';

/** A status as the page shows it: always as words (the id only styles it). */
export interface StatusText {
  id: CommitmentStatus;
  label: string;
}

export interface CommitmentEntry {
  anchor: string;
  promise: string;
  status: StatusText;
  /** "Status on 1 March 2021:" */
  statusLabel: string;
  parties: Link[];
  documents: string;
  /** The date the text sets and how it sets it, or that it sets none. */
  deadline: Rich;
  asOf: string;
  note?: string | undefined;
  chapter: Link;
  events: Link[];
  sources: SourceItem[];
  /** Written with hindsight; `status` is "Later: Overtaken." where the status changed. */
  later?: { status?: { id: CommitmentStatus; text: string } | undefined; text: string; sources: SourceItem[] } | undefined;
}

export interface CommitmentsView {
  title: string;
  description: string;
  intro: Rich;
  asOf: Rich;
  dataLinks: DataLinksView;
  /** A jump list of the topics, for a long page on a phone. */
  contents: { label: string; links: Link[] };
  summary: { heading: Rich; items: { status: StatusText; definition: string; count: string }[] };
  topics: { id: string; heading: string; entries: CommitmentEntry[] }[];
  labels: {
    madeBy: string;
    in: string;
    deadline: string;
    byThen: Rich;
    note: string;
    chapter: string;
    timeline: string;
    sources: string;
    later: Rich;
  };
}

export interface CommitmentsData {
  commitments: readonly Commitment[];
  chapters: readonly Chapter[];
  events: readonly Event[];
  actors: readonly Actor[];
  sources: ReadonlyMap<string, Source>;
  /** When the later outcomes were written (the postscript's date). */
  postscript?: PartialDate | undefined;
}

export function commitmentsView(data: CommitmentsData, context: ViewContext): CommitmentsView {
  const { locale, routes } = context;
  const { t } = locale;
  const c = t.commitments;
  const chapters = chaptersById(data.chapters);
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const events = new Map(data.events.map((e) => [e.id, e]));
  const asOfDate = dateText(context, data.chapters[0]!.data.asOf);
  const postscript = data.postscript ? dateText(context, data.postscript) : asOfDate;
  const status = (id: CommitmentStatus): StatusText => ({ id, label: c.statuses[id].label });
  // Each document links to its signing on the timeline (src/explainer.ts checks there is exactly one).
  const signing = (document: (typeof COMMITMENT_DOCUMENTS)[number]) => {
    const event = data.events.find((e) => e.document === document)!;
    return linkOf({ href: routes.event(event.id, eventPage(data.events, event.id)), text: c.documentLinks[document] });
  };

  const deadlineText = ({ deadline, deadlineNote }: Commitment): Rich => {
    if (!deadline) return [deadlineNote ?? c.fields.noDeadline];
    const date = timeOf(dateText(context, deadline));
    return deadlineNote ? rich(c.fields.deadlineWithNote(date, deadlineNote)) : [date];
  };

  const entry = (commitment: Commitment): CommitmentEntry => {
    const chapter = chapters.get(commitment.chapter.id)!;
    return {
      anchor: ANCHORS.commitment(commitment.id),
      promise: commitment.promise,
      status: status(commitment.status),
      statusLabel: c.fields.status(asOfDate.text),
      parties: commitment.parties.map((ref) => ({ href: routes.actor(ref.id), text: actors.get(ref.id)!.name })),
      documents: locale.format.list(commitment.documents.map((d) => c.documents[d])),
      deadline: deadlineText(commitment),
      asOf: commitment.asOf,
      note: commitment.note,
      chapter: { href: routes.chapter(chapter.id), text: t.chapter.reference(chapter.data.order, chapter.data.shortTitle) },
      events: commitment.events.map((ref) => {
        const event = events.get(ref.id)!;
        return { href: routes.event(event.id, eventPage(data.events, event.id)), text: `${locale.format.date(event.date)}: ${event.title}` };
      }),
      sources: sourceItems(context, resolve(data.sources, commitment.sources)),
      later: commitment.later && {
        status: commitment.later.status && { id: commitment.later.status, text: c.later.status(c.statuses[commitment.later.status].label) },
        text: commitment.later.text,
        sources: sourceItems(context, resolve(data.sources, commitment.later.sources)),
      },
    };
  };

  const topics = COMMITMENT_TOPICS.map((topic) => ({
    id: ANCHORS.commitmentTopic(topic),
    heading: c.topics[topic],
    entries: data.commitments.filter((x) => x.topic === topic).map(entry),
  })).filter((g) => g.entries.length > 0);

  return {
    title: c.title,
    description: c.description(data.commitments.length),
    intro: rich(c.intro(signing('agreement'), signing('declaration'))),
    asOf: rich(c.asOf(timeOf(asOfDate), timeOf(postscript))),
    dataLinks: dataLinksView('commitments', c.dataLabel, data.chapters, context),
    summary: {
      heading: rich(c.summaryHeading(timeOf(asOfDate))),
      // Every status is defined, used or not, so that a reader can see what "broken" would have meant.
      items: COMMITMENT_STATUSES.map((id) => ({
        status: status(id),
        definition: c.statuses[id].definition,
        count: c.count(data.commitments.filter((x) => x.status === id).length),
      })),
    },
    contents: { label: c.contents, links: topics.map((g) => ({ href: `#${g.id}`, text: c.topicLink(g.heading, g.entries.length) })) },
    topics,
    labels: {
      madeBy: c.fields.madeBy,
      in: c.fields.in,
      deadline: c.fields.deadline,
      byThen: rich(c.fields.byThen(timeOf(asOfDate))),
      note: c.fields.note,
      chapter: c.fields.chapter,
      timeline: c.fields.timeline,
      sources: c.fields.sources,
      later: rich(c.later.label(timeOf(postscript))),
    },
  };
}
