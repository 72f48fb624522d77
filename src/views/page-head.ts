/** A page's <head>: its title, description, canonical address, link-preview tags and schema.org data. */
import { jsonLdScript, websiteJsonLd } from '../lib/structured-data.ts';
import { BUILT_EDITIONS, localeOf } from '../i18n/index.ts';
import { DEFAULT_EDITION, editionName, routes as routesOf, SHARE_CARD, type Edition } from '../site.ts';
import { englishRoutes, type ViewContext } from './shared.ts';

export interface PageMeta {
  /** The page's own title; the site title is appended. Absent on the home page. */
  title?: string | undefined;
  description?: string | undefined;
  /** Open Graph type: chapters are articles. */
  type?: 'website' | 'article';
  /** schema.org data for this page; defaults to the WebSite. */
  jsonLd?: Record<string, unknown> | undefined;
  /** Pages such as 404 have no canonical address. */
  canonical?: boolean;
  /**
   * A chapter's own share card, by its id and title; every other page shows the home page's. A chapter a
   * translated edition shows in English has the English edition's card (`inEnglish`): it says the same.
   */
  card?: { name: string; title: string; inEnglish?: boolean | undefined } | undefined;
}

export interface HeadView {
  title: string;
  description: string;
  canonical?: string | undefined;
  og: { type: string; siteName: string; title: string; locale: string };
  /** The share card (og:image, twitter:image): an absolute address, as link previews need. */
  image: { url: string; alt: string; width: number; height: number; type: 'image/png' };
  favicon: string;
  sitemap: string;
  jsonLd: string;
  /**
   * The same page in every built edition, for <link rel="alternate" hreflang> (with x-default, the English)
   * and the language switcher. Empty while only one edition is built.
   */
  alternates: Alternate[];
}

export interface Alternate {
  edition: Edition;
  /** The edition's name in its own language ("دری"), its BCP 47 tag, and the page's address in it. */
  name: string;
  hreflang: string;
  href: string;
  /** The same, under the site's base without the origin: for links in the page (the switcher). */
  path: string;
  /** The edition this page is in. */
  current: boolean;
}

/** This page's address in every built edition: the same path after each edition's prefix. */
export function alternatesOf(pathname: string, site: URL, { locale, routes }: ViewContext, editions: readonly Edition[] = BUILT_EDITIONS): Alternate[] {
  if (editions.length < 2) return [];
  const home = routes.home;
  const rest = pathname.startsWith(home) ? pathname.slice(home.length) : '';
  const base = routes.asset('');
  return editions.map((edition) => ({
    edition,
    name: editionName(edition),
    hreflang: edition.lang,
    href: new URL(routesOf(base, edition).home + rest, site).href,
    path: routesOf(base, edition).home + rest,
    current: edition.id === locale.edition.id,
  }));
}

/** The address for hreflang="x-default": the English page. */
export const defaultAlternate = (alternates: readonly Alternate[]) => alternates.find((a) => a.edition.id === DEFAULT_EDITION.id);

/** `site` is the site's public origin (Astro.site); `pathname` the page's path under it. */
export function headView(meta: PageMeta, site: URL, pathname: string, context: ViewContext): HeadView {
  const { locale, routes } = context;
  const { t, edition } = locale;
  const siteUrl = new URL(routes.home, site).href;
  const canonical = meta.canonical ?? true;
  const card = meta.card ?? { name: SHARE_CARD.home, title: t.site.title };
  const english = card.inEnglish ? localeOf(DEFAULT_EDITION).t : undefined;
  const cardPath = (english ? englishRoutes(context) : routes).shareCard(card.name);
  return {
    title: meta.title ? `${meta.title}${t.site.titleSeparator}${t.site.title}` : t.site.title,
    description: meta.description ?? t.site.description,
    canonical: canonical ? new URL(pathname, site).href : undefined,
    og: { type: meta.type ?? 'website', siteName: t.site.title, title: meta.title ?? t.site.title, locale: edition.lang.replace('-', '_') },
    image: { url: new URL(cardPath, site).href, alt: (english ?? t).shareCard.alt(card.title, (english ?? t).site.title), width: SHARE_CARD.width, height: SHARE_CARD.height, type: 'image/png' },
    favicon: routes.asset('favicon.svg'),
    sitemap: routes.asset('sitemap-index.xml'),
    jsonLd: jsonLdScript(meta.jsonLd ?? websiteJsonLd(t.site.title, siteUrl, t.site.description, edition.lang)),
    alternates: canonical ? alternatesOf(pathname, site, context) : [],
  };
}
