/** The glossary page and its entries, in English. */
import { count, type Part } from './words.ts';

export default {
  title: 'Glossary',
  description: (n: number) => `Plain definitions of the ${n} terms the explainer uses, from Loya Jirga to “reduction in violence”, each with its sources.`,
  intro: (chapters: number) =>
    `The terms the ${count(chapters)} chapters use that a reader may not know, each explained in a sentence or three, with the chapters that use it and the sources. The first time a chapter uses a term, it links here.`,
  /** The letters that start the terms, as links to their groups. */
  letters: 'Terms by first letter',
  alsoWritten: 'Also written',
  usedIn: 'Used in',
  sources: 'Sources',
  /** A term that is also a person or group in the who's who. */
  inWhosWho: (link: Part) => ['More in ', link, '.'],
  whosWho: 'who’s who',
  dataLabel: 'the whole glossary',
  /** The search result's title for a term. */
  searchTitle: (term: string) => `${term} (glossary)`,
};
