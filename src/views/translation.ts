/**
 * What a page of a translated edition says about its translation (src/explainer.ts, TranslationStatus):
 * near the top of a translated chapter, the English edition it translates and a link to the English page;
 * on the page of a chapter not translated yet, that it is not and the way to the English chapter, its title,
 * summary and "In brief" marked lang="en" dir="ltr". Nothing in the English edition.
 */
import type { Explainer } from '../explainer.ts';
import { DEFAULT_EDITION } from '../site.ts';
import { englishRoutes, timeOf, type Link, type Rich } from './shared.ts';
import type { ViewContext } from './shared.ts';

export interface TranslationNoticeView {
  /** "A translation of the English edition of <date>. Read the English original." */
  text: Rich;
  /** Said too when the English has changed since. */
  outdated?: string | undefined;
  /**
   * The chapter is not translated: the page holds its English title, summary and "In brief" (marked with
   * this lang/dir) and leads to the English chapter, rather than the whole English text again.
   */
  fallback?: { lang: string; dir: 'ltr'; english: Link } | undefined;
  /** The translation status page, which lists every chapter's state. */
  status: Link;
}

export function translationNoticeView(explainer: Explainer, chapterId: string, { locale, routes: here }: ViewContext): TranslationNoticeView | undefined {
  const { edition, t, format } = locale;
  if (edition.id === DEFAULT_EDITION.id) return undefined;
  const state = explainer.translation.chapters.get(chapterId);
  if (!state || state.state === 'original') return undefined;
  const english = englishRoutes({ locale, routes: here }).chapter(chapterId);
  const status = { href: here.translations, text: t.translations.link };
  // The link's words are the edition's; only its target is English (hreflang).
  const original: Rich[number] = { tag: 'a', href: english, text: t.editions.original, hreflang: DEFAULT_EDITION.lang };
  if (state.state === 'fallback') {
    return {
      text: [t.editions.fallback, ' ', original, '.'],
      fallback: { lang: DEFAULT_EDITION.lang, dir: 'ltr', english: { href: english, text: t.editions.original } },
      status,
    };
  }
  const date = state.date ? timeOf({ iso: state.date.iso, text: format.date(state.date) }) : '';
  return { text: t.editions.translationOf(date, original) as Rich, outdated: state.state === 'outdated' ? t.editions.outdated : undefined, status };
}
