/**
 * The first use of each glossary term in a chapter links to its entry on the glossary page: the terms are
 * the second list the chapter pipeline hands to linkFirstMentions (pipeline.ts, first-mentions.ts), after
 * the actors. So a term spelt like an actor (the Taliban, UNAMA) keeps its who's-who link, and its glossary
 * entry points there (its `actor` field).
 */
import { linkableEntries, type Linkable } from './first-mentions.ts';

export type LinkableTerm = Linkable;

/** The terms as the plugin needs them, from the validated entries of glossary.yaml: the term itself and its aliases. */
export function linkableTerms(data: unknown): LinkableTerm[] {
  return linkableEntries(data, (entry) => [entry.term, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]);
}
