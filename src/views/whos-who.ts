/** The who's who: people, organisations and countries, each with the chapters they appear in and the sources. */
import { chaptersById } from '../lib/chapters.ts';
import { ANCHORS } from '../site.ts';
import { englishMark } from '../lib/fallback.ts';
import type { Actor, Chapter, Source } from '../explainer.ts';
import { dataLinksView, resolve, sourceItems, type DataLinksView, type Link, type SourceItem, type ViewContext } from './shared.ts';

export interface WhosWhoEntry {
  id: string;
  name: string;
  role: string;
  description: string;
  chapters: Link[];
  sources: SourceItem[];
  /** In a translated edition, an entry not yet translated: its text is English (lang, dir). */
  english?: { lang: string; dir: 'ltr' } | undefined;
}

export interface WhosWhoView {
  appearsIn: string;
  sourcesLabel: string;
  /** The label of the list of names at the top of the page, which jumps to each entry. */
  indexLabel: string;
  groups: { id: string; label: string; entries: WhosWhoEntry[] }[];
}

const KINDS: Actor['kind'][] = ['person', 'organisation', 'country'];

/** "Zalmay Khalilzad" → "Khalilzad Zalmay": a person's name sorted by its last part. */
export function surnameKey(name: string): string {
  const parts = name.trim().split(/\s+/);
  return [parts.at(-1), ...parts.slice(0, -1)].join(' ');
}

export function whosWhoView(
  actors: readonly Actor[],
  chapters: readonly Chapter[],
  sources: ReadonlyMap<string, Source>,
  context: ViewContext,
): WhosWhoView {
  const { t, format } = context.locale;
  const byId = chaptersById(chapters);
  const entry = (actor: Actor): WhosWhoEntry => ({
    id: ANCHORS.actor(actor.id),
    name: actor.name,
    role: actor.role,
    description: actor.description,
    chapters: actor.chapters
      .map((ref) => byId.get(ref.id)!)
      .sort((a, b) => a.data.order - b.data.order)
      .map((c) => ({ href: context.routes.chapter(c.id), text: t.chapter.reference(c.data.order, c.data.shortTitle) })),
    sources: sourceItems(context, resolve(sources, actor.sources)),
    english: englishMark(actor),
  });
  return {
    appearsIn: t.people.appearsIn,
    sourcesLabel: t.people.sources,
    indexLabel: t.people.index,
    groups: KINDS.map((kind) => ({
      id: `group-${kind}`,
      label: t.people.groups[kind],
      // Alphabetical, so a reader can scan for someone: people by the last part of the name, as an index
      // sorts them (Baradar, Ghani, Khalilzad), not by first names (Abdul…, Abdullah…); groups by name.
      entries: actors
        .filter((a) => a.kind === kind)
        .sort((a, b) => (kind === 'person' ? format.compare(surnameKey(a.name), surnameKey(b.name)) : 0) || format.compare(a.name, b.name))
        .map(entry),
    })).filter((g) => g.entries.length > 0),
  };
}

export interface PeoplePageView {
  title: string;
  description: string;
  intro: string;
  dataLinks: DataLinksView;
  list: WhosWhoView;
}

export function peoplePageView(
  data: { actors: readonly Actor[]; chapters: readonly Chapter[]; sources: ReadonlyMap<string, Source> },
  context: ViewContext,
): PeoplePageView {
  const { t } = context.locale;
  return {
    title: t.people.title,
    description: t.people.description(data.actors.length),
    intro: t.people.intro(data.chapters.length),
    dataLinks: dataLinksView('actors', t.people.dataLabel, data.chapters, context),
    list: whosWhoView(data.actors, data.chapters, data.sources, context),
  };
}
