/** What every view takes and gives: an edition's strings and formatting, its routes, and a few shared shapes. */
import type { Locale } from '../i18n/index.ts';
import { printableWhole } from '../lib/chapters.ts';
import type { PartialDate } from '../lib/dates.ts';
import { DEFAULT_EDITION, routes as routesOf, type DatasetName, type Routes } from '../site.ts';
import type { Source } from '../explainer.ts';

export interface ViewContext {
  locale: Locale;
  routes: Routes;
}

/** A date as the page prints it: machine-readable and as the reader sees it. */
export interface DateText {
  iso: string;
  text: string;
}

export interface Link {
  href: string;
  text: string;
}

/** A source in a short list: "Title (Publisher)", the title linked when the source is online. */
export interface SourceItem {
  title: string;
  href?: string | undefined;
  publisher: string;
}

export const dateText = ({ locale }: ViewContext, date: PartialDate, short = false): DateText => ({
  iso: date.iso,
  text: short ? locale.format.dateShort(date) : locale.format.date(date),
});

export const sourceItems = ({ locale }: ViewContext, sources: readonly Source[]): SourceItem[] =>
  sources.map((s) => ({ title: s.title, href: s.url, publisher: locale.t.sources.publisher(s.publisher) }));

/** The sources a list of references points at, in the order given; an unknown id is an error, never a gap. */
export const resolve = (sources: ReadonlyMap<string, Source>, refs: readonly { id: string }[]): Source[] =>
  refs.map((ref) => {
    const source = sources.get(ref.id);
    if (!source) throw new Error(`unknown source "${ref.id}"`);
    return source;
  });

/** Each list of events grouped by chapter, once: every chapter page and chapter timeline asks for its part. */
const eventsByChapter = new WeakMap<readonly object[], Map<string, object[]>>();

/** A chapter's own events, in date order (as loadExplainer() sorts them). */
export function eventsOf<E extends { chapter: { id: string } }>(events: readonly E[], chapterId: string): E[] {
  let groups = eventsByChapter.get(events) as Map<string, E[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const e of events) {
      const group = groups.get(e.chapter.id);
      if (group) group.push(e);
      else groups.set(e.chapter.id, [e]);
    }
    eventsByChapter.set(events, groups);
  }
  return [...(groups.get(chapterId) ?? [])];
}

/**
 * Text with inline markup, as a strings-table function returns it: plain strings and marked-up parts in
 * reading order. The RichText component renders it.
 */
export type Inline =
  | string
  | { tag: 'a'; href: string; text: string; type?: string | undefined; lang?: string | undefined; hreflang?: string | undefined }
  | { tag: 'time'; datetime: string; text: string }
  | { tag: 'strong' | 'em' | 'cite' | 'code'; children: Inline[] };
export type Rich = Inline[];

/** The English edition's addresses under the same base: where a translated edition sends what it shows in English. */
export const englishRoutes = ({ routes }: ViewContext): Routes => routesOf(routes.asset(''), DEFAULT_EDITION);

export const timeOf = (date: DateText): Inline => ({ tag: 'time', datetime: date.iso, text: date.text });
export const linkOf = (link: Link, type?: string): Inline => ({ tag: 'a', href: link.href, text: link.text, type });
export const strong = (...children: Inline[]): Inline => ({ tag: 'strong', children });
/** A strings-table function's result, typed for the RichText component. */
export const rich = (parts: unknown[]): Rich => parts as Rich;

/** The open-data downloads behind a page, and the way to the printable explainer while it is built. */
export interface DataLinksView {
  text: Rich;
  print?: Link | undefined;
}

export function dataLinksView(file: DatasetName, label: string, chapters: readonly unknown[], { locale: { t }, routes }: ViewContext): DataLinksView {
  const csv = { tag: 'a', href: routes.dataFile(file, 'csv'), text: 'CSV', type: 'text/csv' } as const;
  const json = { tag: 'a', href: routes.dataFile(file, 'json'), text: 'JSON', type: 'application/json' } as const;
  const print = printableWhole(chapters) ? { href: routes.print, text: t.dataLinks.print } : undefined;
  return { text: rich(t.dataLinks.text(label, csv, json)), print };
}

/** The links between the pages of a list too long for one (the whole timeline, the contents). */
export interface PagerView {
  label: string;
  /** Every page by its number, in the edition's digits; the current one has no link of its own. */
  pages: { text: string; href: string; current: boolean }[];
  previous?: Link | undefined;
  next?: Link | undefined;
}

/** Page `page` of `total`'s links, each page's address from `href`; none for a list on one page. */
export function pagerView(page: number, total: number, label: string, href: (n: number) => string, { locale: { t, format } }: ViewContext): PagerView | undefined {
  if (total <= 1) return undefined;
  return {
    label,
    pages: Array.from({ length: total }, (_, i) => ({ text: format.digits(String(i + 1)), href: href(i + 1), current: i + 1 === page })),
    previous: page > 1 ? { href: href(page - 1), text: t.pager.previous } : undefined,
    next: page < total ? { href: href(page + 1), text: t.pager.next } : undefined,
  };
}

/** A list's group headings at `level` and its entries' one level below: the print page nests lists a level deeper. */
export const headingTags = (level: 2 | 3) => (level === 2 ? (['h2', 'h3'] as const) : (['h3', 'h4'] as const));
