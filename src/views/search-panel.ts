/** The search form and its filters, as the search page and the search dialog both draw them. */
import { listedChapters } from '../lib/chapters.ts';
import { SEARCH_TYPES, type SearchFilter } from '../site.ts';
import type { Chapter } from '../explainer.ts';
import { linkOf, rich, type Rich, type ViewContext } from './shared.ts';

export interface FilterGroup {
  /** The Pagefind filter key. */
  name: SearchFilter;
  legend: string;
  /** Values are ids (a chapter id, a search type); labels are what the reader sees. */
  options: { value: string; label: string }[];
}

export interface SearchPanelView {
  /** Keeps ids unique when the page and the dialog are both on the search page. */
  idPrefix: string;
  /** Submitting without JavaScript goes to the search page. */
  action: string;
  label: string;
  button: string;
  all: string;
  more: string;
  groups: FilterGroup[];
}

export function searchPanelView(chapters: readonly Chapter[], { locale: { t }, routes }: ViewContext, idPrefix: string): SearchPanelView {
  const groups: FilterGroup[] = [
    { name: 'chapter', legend: t.search.filters.chapter, options: listedChapters(chapters).map((c) => ({ value: c.id, label: c.data.shortTitle })) },
    { name: 'type', legend: t.search.filters.type, options: SEARCH_TYPES.map((type) => ({ value: type, label: t.search.types[type] })) },
  ];
  return {
    idPrefix,
    action: routes.search,
    label: t.search.label,
    button: t.search.button,
    all: t.search.all,
    more: t.search.moreLabel,
    groups: groups.filter((g) => g.options.length > 0),
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
