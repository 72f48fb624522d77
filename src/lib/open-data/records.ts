/**
 * The explainer's entries as open-data records: the fields a reader of the files sees, with dates as ISO
 * text beside their precision (so that "2009" is never passed off as 1 January 2009) and every cited
 * source resolved to its title, publisher and address as well as its id.
 */
import type { Actor, Commitment, Event, Source, Term, TroopLevel } from '../../explainer.ts';
import type { PartialDate } from '../dates.ts';

/** A cited source as it appears in a record. */
export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
}

/** One field's value: text, a number, a flag, a list of ids or names, or nothing (null). */
export type Cell = string | number | boolean | null | readonly string[];

/**
 * One entry. The sources are kept apart from the other fields because the two formats write them
 * differently (JSON as objects, CSV as parallel columns); both put them last.
 */
export interface OpenRecord {
  /** The entry's own fields, in file order. */
  values: Readonly<Record<string, Cell>>;
  /** The sources the entry cites; absent in the sources dataset itself. */
  sources?: readonly CitedSource[];
}

type SourceMap = ReadonlyMap<string, Source>;

/** The sources behind a list of references, resolved; an unknown id is an error, never a silent gap. */
export function citedSources(refs: readonly { id: string }[], sources: SourceMap): CitedSource[] {
  return refs.map(({ id }) => {
    const source = sources.get(id);
    if (!source) throw new Error(`open data: unknown source "${id}"`);
    return { id, title: source.title, publisher: source.publisher, url: source.url ?? null };
  });
}

const datePair = (date: PartialDate | undefined) => ({ date: date?.iso ?? null, date_precision: date?.precision ?? null });
/** The fields a dated entry (an event, a troop figure) starts with: DATED_ENTRY_FIELDS in datasets.ts. */
const datedEntry = (entry: Event | TroopLevel) => ({ id: entry.id, ...datePair(entry.date) });

/** A record's values, with the sources its entry cites resolved. */
const cited = (values: OpenRecord['values'], refs: readonly { id: string }[], sources: SourceMap): OpenRecord => ({
  values,
  sources: citedSources(refs, sources),
});

export const eventOpenRecord = (event: Event, sources: SourceMap): OpenRecord =>
  cited(
    { ...datedEntry(event), title: event.title, summary: event.summary, chapter: event.chapter.id, note: event.note ?? null },
    event.sources,
    sources,
  );

export const actorOpenRecord = (actor: Actor, sources: SourceMap): OpenRecord =>
  cited(
    {
      id: actor.id, name: actor.name, kind: actor.kind, role: actor.role, description: actor.description,
      aliases: [...actor.aliases], chapters: actor.chapters.map((c) => c.id),
    },
    actor.sources,
    sources,
  );

export const termOpenRecord = (term: Term, sources: SourceMap): OpenRecord =>
  cited(
    {
      id: term.id, term: term.term, definition: term.definition, aliases: [...term.aliases],
      chapters: term.chapters.map((c) => c.id), actor: term.actor?.id ?? null,
    },
    term.sources,
    sources,
  );

export const troopLevelOpenRecord = (level: TroopLevel, sources: SourceMap): OpenRecord =>
  cited(
    {
      ...datedEntry(level), us_troops: level.troops, basis: level.basis, approximate: level.approximate,
      annotation: level.annotation ?? null, note: level.note ?? null,
    },
    level.sources,
    sources,
  );

/** Later outcomes stay in their own fields, and their sources apart from the as-of sources, so hindsight is never mixed in. */
export const commitmentOpenRecord = (commitment: Commitment, sources: SourceMap): OpenRecord => {
  const deadline = datePair(commitment.deadline);
  return cited(
    {
      id: commitment.id, topic: commitment.topic, documents: [...commitment.documents], parties: commitment.parties.map((p) => p.id),
      promise: commitment.promise, deadline: deadline.date, deadline_precision: deadline.date_precision,
      deadline_note: commitment.deadlineNote ?? null, status: commitment.status, as_of: commitment.asOf, note: commitment.note ?? null,
      chapter: commitment.chapter.id, events: commitment.events.map((e) => e.id),
      later_status: commitment.later?.status ?? null, later: commitment.later?.text ?? null,
      later_sources: commitment.later ? commitment.later.sources.map((s) => s.id) : [],
    },
    commitment.sources,
    sources,
  );
};

export function sourceOpenRecord(source: Source): OpenRecord {
  return {
    values: {
      id: source.id,
      kind: source.kind,
      title: source.title,
      publisher: source.publisher,
      author: source.author ?? null,
      ...datePair(source.date),
      url: source.url ?? null,
      note: source.note ?? null,
    },
  };
}
