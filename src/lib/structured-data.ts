/** schema.org JSON-LD for search engines and link previews. */

export interface ArticleInfo {
  title: string;
  description: string;
  url: string;
  /** ISO date the account stands at. */
  asOf: string;
  /** ISO date of the last revision. */
  updated: string;
  siteName: string;
  siteUrl: string;
  lang: string;
  position: number;
}

export function articleJsonLd(a: ArticleInfo): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: a.lang,
    dateModified: a.updated,
    temporalCoverage: `../${a.asOf}`,
    position: a.position,
    isPartOf: { '@type': 'WebSite', name: a.siteName, url: a.siteUrl },
    publisher: { '@type': 'Organization', name: a.siteName, url: a.siteUrl },
  };
}

export function websiteJsonLd(name: string, url: string, description: string, lang: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url, description, inLanguage: lang };
}

/** JSON for a <script type="application/ld+json">; "<" is escaped so text can never close the script element. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
