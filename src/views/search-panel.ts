/** The search form and its filters, as the search page and the search dialog both draw them. */
import { listedChapters } from '../lib/chapters.ts';
import { SEARCH_TYPES } from '../site.ts';
import type { Chapter } from '../explainer.ts';
import { filterGroups, type FilterPanelView } from '../lib/filter-panel.ts';
import { linkOf, rich, type Rich, type ViewContext } from './shared.ts';

/** The search form: all of the dialog's panel that is in the page (its script draws the rest). */
export interface SearchFormView {
  /** Keeps ids unique when the page and the dialog are both on the search page. */
  idPrefix: string;
  /** Submitting without JavaScript goes to the search page. */
  action: string;
  label: string;
  button: string;
}

export type SearchPanelView = SearchFormView & FilterPanelView;

export function searchFormView({ locale: { t }, routes }: ViewContext, idPrefix: string): SearchFormView {
  return { idPrefix, action: routes.search, label: t.search.label, button: t.search.button };
}

export function searchPanelView(chapters: readonly Chapter[], context: ViewContext, idPrefix: string): SearchPanelView {
  const { t } = context.locale;
  const listed = listedChapters(chapters).map((c) => ({ value: c.id, label: c.data.shortTitle }));
  return {
    ...searchFormView(context, idPrefix),
    all: t.search.all,
    more: t.search.moreLabel,
    groups: filterGroups(listed, { legends: t.search.filters, types: t.search.types }, SEARCH_TYPES),
  };
}

export interface SearchPageView {
  title: string;
  description: string;
  needsJs: Rich;
  panel: SearchPanelView;
}

export function searchPageView(chapters: readonly Chapter[], context: ViewContext): SearchPageView {
  const { t } = context.locale;
  return {
    title: t.search.title,
    description: t.search.description,
    needsJs: rich(t.search.needsJs(linkOf({ href: context.routes.home, text: t.search.homePage }))),
    panel: searchPanelView(chapters, context, 'page'),
  };
}
