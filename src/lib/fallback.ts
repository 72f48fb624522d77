/**
 * The mark on a data entry that a translated edition shows in English (no translation of it yet):
 * src/explainer.ts sets it, the views read it to give the entry's text lang="en-GB" dir="ltr". Pure, so
 * the views stay testable without Astro.
 */
import { DEFAULT_EDITION } from '../site.ts';

const SHOWN_IN_ENGLISH = Symbol('shown in English');

/** A copy of `entry` marked as shown in English. */
export function markShownInEnglish<T extends object>(entry: T): T {
  return Object.assign({ ...entry }, { [SHOWN_IN_ENGLISH]: true });
}

/** For an entry shown in English in a translated edition: the lang and dir its text is marked with; undefined otherwise. */
export function englishMark(entry: object): { lang: string; dir: 'ltr' } | undefined {
  return (entry as { [SHOWN_IN_ENGLISH]?: boolean })[SHOWN_IN_ENGLISH] ? { lang: DEFAULT_EDITION.lang, dir: 'ltr' } : undefined;
}
