/**
 * The mark on a data entry that a translated edition shows in English (no translation of it yet):
 * src/explainer.ts sets it, the views read it to give the entry's text lang="en-GB" dir="ltr". Pure, so
 * the views stay testable without Astro.
 */
import type { Explainer, TranslatedKind } from '../explainer.ts';
import { DEFAULT_EDITION } from '../site.ts';

// Symbol.for: the explainer is loaded by one copy of this module (src/integrations/share-cards.ts) and read by
// another (the pages'), and a plain Symbol would differ between them.
const SHOWN_IN_ENGLISH = Symbol.for('explainer:shown-in-english');

/** A copy of `entry` marked as shown in English. */
export function markShownInEnglish<T extends object>(entry: T): T {
  return Object.assign({ ...entry }, { [SHOWN_IN_ENGLISH]: true });
}

/** For an entry shown in English in a translated edition: the lang and dir its text is marked with; undefined otherwise. */
export function englishMark(entry: object): { lang: string; dir: 'ltr' } | undefined {
  return (entry as { [SHOWN_IN_ENGLISH]?: boolean })[SHOWN_IN_ENGLISH] ? { lang: DEFAULT_EDITION.lang, dir: 'ltr' } : undefined;
}

/** Is this chapter or entry shown in English in a translated edition? (Then mark it lang="en" dir="ltr".) */
export function isFallback(explainer: Pick<Explainer, 'translation'>, kind: TranslatedKind | 'chapters', id: string): boolean {
  if (kind === 'chapters') return explainer.translation.chapters.get(id)?.state === 'fallback';
  return explainer.translation.fallback[kind].has(id);
}
