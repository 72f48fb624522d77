/**
 * How the chapters are compiled, by Sätteri (astro.config.mjs sets it as the Markdown processor; the
 * tests compile with the same): GFM tables and footnotes, smart punctuation, the chapter rules on the
 * Markdown tree, then the hast plugins in this folder, in this order.
 */
import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import { localeOf } from '../i18n/index.ts';
import { chapterRules } from './chapter-rules.ts';
import { groupCitations } from './group-citations.ts';
import { linkFirstMentions } from './first-mentions.ts';
import { headingAnchors } from './heading-anchors.ts';
import type { LinkableActor } from './link-actors.ts';
import { linkCitations, type CitableSource } from './link-citations.ts';
import type { LinkableTerm } from './link-terms.ts';
import { tidyMarkup } from './tidy-markup.ts';
import { editionDigitsPlugin } from './edition-digits.ts';

export interface ChapterMarkdown {
  features: Features;
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
}

export interface ChapterMarkdownOptions {
  actors: () => readonly LinkableActor[];
  /** The who's-who address of an actor. */
  href: (id: string) => string;
  terms: () => readonly LinkableTerm[];
  /** The glossary address of a term. */
  termHref: (id: string) => string;
  sources: () => readonly CitableSource[];
}

export function chapterMarkdown(options: ChapterMarkdownOptions): ChapterMarkdown {
  // First mentions: actors before terms, so that words both could claim link to the who's who.
  const mentions = linkFirstMentions('link-mentions', [
    { entries: options.actors, href: options.href },
    { entries: options.terms, href: options.termHref },
  ]);
  return {
    // The footnotes are the chapter's sources, under a visible heading (tidyMarkup).
    features: { gfm: { footnotes: { label: localeOf().t.chapter.sources } }, smartPunctuation: true },
    // Markdown and the site's components only: no HTML, code or files from other sites.
    mdastPlugins: [chapterRules()],
    hastPlugins: [mentions, linkCitations(options), headingAnchors(), groupCitations(), editionDigitsPlugin(), tidyMarkup()],
  };
}
