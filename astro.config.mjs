// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { buildState } from './src/build-state.ts';
import searchIndex from './src/integrations/search-index.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import hostingHeaders from './src/integrations/hosting-headers.ts';
import precompressed from './src/integrations/precompress.ts';
import edition404 from './src/integrations/edition-404.ts';
import shareCards from './src/integrations/share-cards.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import { chapterMarkdown } from './src/markdown/pipeline.ts';
import { SETTINGS } from './src/settings.ts';
import { routes } from './src/site.ts';
import { BUILT_EDITIONS } from './src/i18n/index.ts';

/**
 * The sitemap lists every page of every built edition; with more than one, each URL also lists its
 * alternates in the other editions (xhtml:link hreflang), the prefix of each edition's path naming it.
 */
const sitemapOptions =
  BUILT_EDITIONS.length > 1
    ? { i18n: { defaultLocale: 'en', locales: Object.fromEntries(BUILT_EDITIONS.map((e) => [e.prefix.replace(/\/$/, '') || 'en', e.lang])) } }
    : {};

const compression = precompressed();
const headers = hostingHeaders();

export default defineConfig({
  site: SETTINGS.siteUrl,
  base: SETTINGS.base,
  trailingSlash: 'always',
  cacheDir: SETTINGS.cacheDir,
  // Astro 7's 'jsx' compression glues words across line breaks ("a</span>\n<em>b" → "ab"),
  // which also corrupts search excerpts; full compression keeps the space.
  compressHTML: true,
  // Stylesheets stay files, never inline <style>: the Content-Security-Policy (src/hosting/policy.ts)
  // allows styles from 'self' only. Three pages render at a time, so that one page's file is written while
  // the next renders: on this project's two-core machine the page phase of a 1,000-chapter build took a
  // quarter less time than one at a time, and six did no better (README, "Three pages at a time").
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 3 },
  // Components' styles are scoped by a class, which joins the element's own class attribute, rather than a
  // data-astro-cid-… attribute on every element: the same specificity, about 150 bytes gzip less per chapter.
  scopedStyleStrategy: 'class',
  markdown: {
    // Sätteri, Astro 7's own processor, compiles a chapter in about 2 ms where the unified one took about
    // 60 (src/markdown/pipeline.ts). Markdown here is only the chapters: the chapter rules refuse anything
    // but Markdown and the site's components, and each chapter links an actor's first mention to the
    // who's who, a term's first use to the glossary and each footnote's headline to its source. The content
    // layer loads and validates actors.yaml, glossary.yaml and sources.csv before any chapter is compiled, and hands them over in memory
    // (src/build-state.ts). @astrojs/mdx takes its plugins from this processor.
    processor: satteri(
      chapterMarkdown({
        actors: buildState.actors.read,
        href: routes(SETTINGS.base).actor,
        terms: buildState.terms.read,
        termHref: routes(SETTINGS.base).term,
        sources: buildState.sources.read,
      }),
    ),
  },
  // After the pages are written, in this order: edition404 gives fa/404/index.html its host's name fa/404.html;
  // the pages are then final, and compression.start (.br and .gz copies) and headers.start (every page's
  // scripts checked) begin on them in the background while searchIndex indexes dist/ with Pagefind and
  // serviceWorker precaches the pages and the index; compression.finish does what those wrote (the index,
  // sw.js), headers.finish waits for the check and writes dist/_headers, the build's last file;
  // siteUrlWarning, which writes nothing, warns of a build without SITE_URL.
  integrations: [
    // A chapter's static parts are compiled to HTML strings, not to a call per element: smaller modules to
    // bundle and less to render. Tables stay elements, since they render as a component (ScrollTable).
    mdx({ optimize: { ignoreElementNames: ['table'] } }),
    sitemap(sitemapOptions),
    // Draws the share cards in worker threads while the pages render.
    shareCards(),
    edition404(),
    compression.start,
    headers.start,
    searchIndex(),
    serviceWorker(),
    compression.finish,
    headers.finish,
    siteUrlWarning(),
  ],
  vite: {
    // Search code is emitted as stand-alone ES modules (`?worker&url` imports) that page.js loads on demand.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive, and the bundler warns once per
        // chapter that it may not keep it (withastro/astro#18087, harmless): a thousand-chapter build would
        // print thousands of lines that hide real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
