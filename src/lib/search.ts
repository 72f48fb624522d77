/** Wording and shaping of search results: pure functions shared by the search page and dialog. */
import type { searchResults } from '../i18n/en/browser.ts';
import type { SearchType } from '../site.ts';

export interface SearchHit {
  url: string;
  title: string;
  /** HTML from Pagefind, with matches wrapped in <mark>. */
  excerpt: string;
  type?: SearchType | undefined;
  /** The chapters the result belongs to (a person may appear in several). */
  chapters: string[];
  /** Matching sections within the page, each linking to its heading. */
  sections: { title: string; url: string; excerpt: string }[];
}

/** The sentence announced to screen readers and shown above the results. */
export function resultsSummary(term: string, count: number, t: typeof searchResults): string {
  const q = term.trim();
  if (!q) return '';
  return count === 0 ? t.none(q) : t.summary(count, q);
}

/** The query in a search page URL (?q=…), or an empty string. */
export function queryFromUrl(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/** The same page URL with ?q= set to the query (or removed when empty), keeping other parameters. */
export function urlWithQuery(href: string, term: string): string {
  const url = new URL(href);
  if (term.trim()) url.searchParams.set('q', term.trim());
  else url.searchParams.delete('q');
  return url.pathname + url.search + url.hash;
}

interface PagefindSubResult { title: string; url: string; excerpt: string }
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A Pagefind result as the UI shows it: the page, and up to `maxSections` matching sections that aren't the page itself. */
export function toHit(data: PagefindData, maxSections = 3): SearchHit {
  const pageUrl = data.url.split('#')[0];
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    type: data.filters?.type?.[0] as SearchType | undefined,
    chapters: data.filters?.chapter ?? [],
    sections: (data.sub_results ?? [])
      .filter((s) => s.url.split('#')[0] === pageUrl && s.url.includes('#') && s.title !== data.meta.title)
      .slice(0, maxSections)
      // A heading's text ends with the word joiner that keeps its self-link on its line: not part of a title.
      .map(({ title, url, excerpt }) => ({ title: title.replace(/\u2060/g, ''), url, excerpt })),
  };
}
