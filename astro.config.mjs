// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { buildState } from './src/build-state.ts';
import { localeOf } from './src/i18n/index.ts';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import hostingHeaders from './src/integrations/hosting-headers.ts';
import precompressed from './src/integrations/precompress.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import { headingAnchorOptions } from './src/markdown/heading-anchors.ts';
import rehypeFootnoteMarkup from './src/markdown/rehype-footnote-markup.ts';
import rehypeLinkActors from './src/markdown/rehype-link-actors.ts';
import rehypeLinkCitations from './src/markdown/rehype-link-citations.ts';
import remarkChapterRules from './src/markdown/remark-chapter-rules.ts';
import { SETTINGS } from './src/settings.ts';
import { routes } from './src/site.ts';

const { t } = localeOf();

export default defineConfig({
  site: SETTINGS.siteUrl,
  base: SETTINGS.base,
  trailingSlash: 'always',
  cacheDir: SETTINGS.cacheDir,
  // Astro 7's 'jsx' compression glues words across line breaks ("a</span>\n<em>b" → "ab"),
  // which also corrupts search excerpts; full compression keeps the space.
  compressHTML: true,
  // Stylesheets stay files, never inline <style>: the Content-Security-Policy (src/hosting/policy.ts)
  // allows styles from 'self' only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor can't run remark plugins; the unified one runs remark-gfm
    // (tables and footnotes) and the chapter rules (Markdown and the site's components only: no HTML,
    // code or files from other sites). @astrojs/mdx takes its plugins from this processor.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm, remarkChapterRules],
      // The footnotes are the chapter's sources, under a visible heading.
      remarkRehype: { footnoteLabel: t.chapter.sources, footnoteLabelProperties: {} },
      // Markdown here is only the chapters: each links an actor's first mention to the who's who and
      // each footnote's headline to its source. The content layer loads and validates actors.yaml and
      // sources.csv before any chapter is compiled, and hands them over in memory (src/build-state.ts).
      rehypePlugins: [
        [rehypeLinkActors, { actors: buildState.actors.read, href: routes(SETTINGS.base).actor }],
        [rehypeLinkCitations, { sources: buildState.sources.read }],
        // A link to itself on every section heading, to copy a section's address. Headings get their ids
        // here already (Astro's own step, run again later, keeps them), since the links need them.
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        rehypeFootnoteMarkup,
      ],
    }),
  },
  // After the pages are written, in this order: searchIndex indexes dist/ with Pagefind, serviceWorker
  // precaches the pages and the index, precompressed writes .br and .gz copies of them and of sw.js,
  // hostingHeaders checks every page's scripts and writes dist/_headers, the build's last file;
  // siteUrlWarning, which writes nothing, warns of a build without SITE_URL.
  integrations: [
    mdx(),
    sitemap(),
    searchIndex(),
    serviceWorker(),
    precompressed(),
    hostingHeaders(),
    siteUrlWarning(),
  ],
  vite: {
    // Search code is emitted as stand-alone ES modules (`?worker&url` imports) that page.js loads on demand.
    worker: { format: 'es' },
  },
});
