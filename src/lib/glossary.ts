/**
 * The glossary's cross-file checks: each term lists exactly the chapters whose prose uses it, found as the
 * chapter pipeline finds a first use (whole words, the term or one of its aliases, outside headings and
 * footnotes); and a term spelt like an actor names that actor, since its mentions link to the who's who.
 */
import { findMatches, normalise, patternsOf, type Linkable } from '../markdown/first-mentions.ts';
import { fieldPlace, type CheckedEntry } from './fields.ts';
import { proseOf } from './reading.ts';

export interface TermEntry extends CheckedEntry {
  data: { term: string; aliases: readonly string[]; chapters: readonly { id: string }[]; actor?: { id: string } | undefined };
}

export interface ChapterText {
  id: string;
  body?: string | undefined;
}

/** The text the chapter pipeline links in: the prose without its headings. */
const linkedText = (body: string) => proseOf(body).replace(/^#{1,6} .*$/gm, '');

/** Each chapter's linked text, worked out once however many terms are checked against it. */
const linkedTexts = new WeakMap<ChapterText, string>();
function linkedTextOf(chapter: ChapterText): string {
  let text = linkedTexts.get(chapter);
  if (text === undefined) linkedTexts.set(chapter, (text = linkedText(chapter.body ?? '')));
  return text;
}

/** The ids of the chapters whose prose uses the term or one of its aliases. */
export function chaptersUsing(term: Linkable, chapters: readonly ChapterText[]): string[] {
  const patterns = patternsOf([[term]]);
  return chapters.filter((c) => findMatches(linkedTextOf(c), patterns).length > 0).map((c) => c.id);
}

/**
 * `listsEveryUse`: a chapter that uses a term must be among its chapters. The synthetic explainers of
 * `npm run bench:scale` (SETTINGS.anyChapters) copy the real chapters' prose under new ids, so they lift it.
 */
export function glossaryProblems(
  terms: readonly TermEntry[],
  chapters: readonly ChapterText[],
  actors: readonly Linkable[],
  { listsEveryUse = true } = {},
): string[] {
  const actorOf = new Map(actors.flatMap((a) => a.aliases.map((alias) => [normalise(alias), a.id] as const)));
  return terms.flatMap((entry) => {
    const { term, aliases, chapters: listed, actor } = entry.data;
    const spellings = [term, ...aliases];
    const listedIds = listed.map((c) => c.id);
    // Without the second check only the listed chapters need reading: a thousand-chapter explainer has a thousand.
    const using = chaptersUsing({ id: entry.id, aliases: spellings }, listsEveryUse ? chapters : chapters.filter((c) => listedIds.includes(c.id)));
    const shown = spellings.map((s) => `"${s}"`).join(', ');
    return [
      ...listedIds
        .filter((id) => chapters.some((c) => c.id === id) && !using.includes(id))
        .map((id) => `${fieldPlace(entry, 'glossary', 'chapters')}: the chapter "${id}" never uses ${shown}; remove it, or add the spelling it uses to aliases`),
      ...using
        .filter((id) => listsEveryUse && !listedIds.includes(id))
        .map((id) => `${fieldPlace(entry, 'glossary', 'chapters')}: the chapter "${id}" uses ${shown} but is not listed; add it`),
      ...spellings.flatMap((spelling) => {
        const owner = actorOf.get(normalise(spelling));
        return owner && owner !== actor?.id
          ? [`${fieldPlace(entry, 'glossary', 'actor')}: "${spelling}" is also a name of the actor "${owner}", so its mentions link to the who's who; write actor: ${owner}`]
          : [];
      }),
    ];
  });
}
