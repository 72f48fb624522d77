// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { headingAnchorOptions } from './src/lib/heading-anchors.ts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import rehypeLinkActors, { linkableActors } from './src/lib/rehype-link-actors.ts';
import rehypeLinkCitations, { citableSources } from './src/lib/rehype-link-citations.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { withBase } from './src/lib/urls.ts';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import hostingHeaders from './src/hosting/headers.ts';

// SITE_BASE lets a host serve the explainer from a sub-path (e.g. /explainers/afghanistan/).
const base = process.env.SITE_BASE ?? '/';

/** The actors whose first mention in each chapter links to the who's who; the content schema validates the file. */
function readActors() {
  try {
    const text = readFileSync(`${process.env.CONTENT_DIR ?? './content'}/actors.yaml`, 'utf8');
    return linkableActors(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
  } catch {
    // A missing or broken file is reported by the content layer, with the file and line.
    return [];
  }
}

/** The bibliography, for linking each footnote's headline to its source; the content schema validates the file. */
function readSources() {
  try {
    return citableSources(parseCsv(readFileSync(`${process.env.CONTENT_DIR ?? './content'}/sources.csv`, 'utf8'), { columns: true, trim: true }));
  } catch {
    // A missing or broken file is reported by the content layer, with the file and line.
    return [];
  }
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://afghan-peace-talks.example.org',
  base,
  trailingSlash: 'always',
  // Failure tests build broken copies of the content side by side; each gets its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Astro 7's 'jsx' compression glues words across line breaks ("a</span>\n<em>b" → "ab"),
  // which also corrupts search excerpts; full compression keeps the space.
  compressHTML: true,
  // Stylesheets stay files, never inline <style>: the Content-Security-Policy (src/hosting/policy.ts)
  // allows styles from 'self' only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor can't run remark plugins; the unified one runs remark-gfm
    // (tables and footnotes).
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      // The footnotes are the chapter's sources, under a visible heading.
      remarkRehype: { footnoteLabel: 'Sources', footnoteLabelProperties: {} },
      // Markdown here is only the chapters: each links an actor's first mention to /people/#<id>.
      rehypePlugins: [
        [rehypeLinkActors, { actors: readActors(), href: (/** @type {string} */ id) => `${withBase(base, 'people/')}#${id}` }],
        [rehypeLinkCitations, { sources: readSources() }],
        // A link to itself on every section heading, to copy a section's address. Headings get their ids
        // here already (Astro's own step, run again later, keeps them), since the links need them.
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
      ],
    }),
  },
  // After the pages are written, in this order: searchIndex indexes dist/ with Pagefind, serviceWorker
  // precaches the pages and the index, hostingHeaders writes dist/_headers for all the files.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/search-records.json') }),
    searchIndex({ language: 'en-gb' }),
    serviceWorker(),
    hostingHeaders(),
  ],
  vite: {
    // Search code is emitted as stand-alone ES modules (`?worker&url` imports) that page.js loads on demand.
    worker: { format: 'es' },
  },
});
