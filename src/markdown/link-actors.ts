/**
 * The first mention of each person, organisation or country in a chapter links to its entry on the who's
 * who page: the actors are one of the lists the chapter pipeline hands to linkFirstMentions (pipeline.ts,
 * first-mentions.ts), read when a chapter is compiled (the content layer loads them first: src/build-state.ts).
 */
import { linkableEntries, type Linkable } from './first-mentions.ts';

export type LinkableActor = Linkable;

/** The actors as the plugin needs them, from the validated entries of actors.yaml. */
export function linkableActors(data: unknown): LinkableActor[] {
  return linkableEntries(data, (entry) => (Array.isArray(entry.aliases) ? entry.aliases : []));
}
