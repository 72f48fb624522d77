/**
 * How the chapters are compiled, by Sätteri (astro.config.mjs sets it as the Markdown processor; the
 * tests compile with the same): GFM tables and footnotes, smart punctuation, the chapter rules on the
 * Markdown tree, then the hast plugins in this folder, in this order.
 */
import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import { localeOf } from '../i18n/index.ts';
import { chapterRules } from './chapter-rules.ts';
import { groupCitations } from './group-citations.ts';
import { headingAnchors } from './heading-anchors.ts';
import { linkActors, type LinkActorsOptions } from './link-actors.ts';
import { linkCitations, type CitableSource } from './link-citations.ts';
import { siteLinks } from './site-links.ts';
import { tidyMarkup } from './tidy-markup.ts';

export interface ChapterMarkdown {
  features: Features;
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
}

export function chapterMarkdown(options: LinkActorsOptions & { sources: () => readonly CitableSource[]; base: string }): ChapterMarkdown {
  return {
    // The footnotes are the chapter's sources, under a visible heading (tidyMarkup).
    features: { gfm: { footnotes: { label: localeOf().t.chapter.sources } }, smartPunctuation: true },
    // Markdown and the site's components only: no HTML, code or files from other sites.
    mdastPlugins: [chapterRules()],
    hastPlugins: [linkActors(options), linkCitations(options), siteLinks(options), headingAnchors(), groupCitations(), tidyMarkup()],
  };
}
