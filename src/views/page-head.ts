/** A page's <head>: its title, description, canonical address, link-preview tags and schema.org data. */
import { jsonLdScript, websiteJsonLd } from '../lib/structured-data.ts';
import { SHARE_CARD } from '../site.ts';
import type { ViewContext } from './shared.ts';

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
  /** A chapter's own share card, by its id and title; every other page shows the home page's. */
  card?: { name: string; title: string } | undefined;
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
}

/** `site` is the site's public origin (Astro.site); `pathname` the page's path under it. */
export function headView(meta: PageMeta, site: URL, pathname: string, { locale, routes }: ViewContext): HeadView {
  const { t, edition } = locale;
  const siteUrl = new URL(routes.home, site).href;
  const canonical = meta.canonical ?? true;
  const card = meta.card ?? { name: SHARE_CARD.home, title: t.site.title };
  return {
    title: meta.title ? `${meta.title}${t.site.titleSeparator}${t.site.title}` : t.site.title,
    description: meta.description ?? t.site.description,
    canonical: canonical ? new URL(pathname, site).href : undefined,
    og: { type: meta.type ?? 'website', siteName: t.site.title, title: meta.title ?? t.site.title, locale: edition.lang.replace('-', '_') },
    image: { url: new URL(routes.shareCard(card.name), site).href, alt: t.shareCard.alt(card.title, t.site.title), width: SHARE_CARD.width, height: SHARE_CARD.height, type: 'image/png' },
    favicon: routes.asset('favicon.svg'),
    sitemap: routes.asset('sitemap-index.xml'),
    jsonLd: jsonLdScript(meta.jsonLd ?? websiteJsonLd(t.site.title, siteUrl, t.site.description, edition.lang)),
  };
}
