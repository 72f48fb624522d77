// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// SITE_BASE lets a host serve the explainer from a sub-path (e.g. /explainers/afghanistan/).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://afghan-peace-talks.example.org',
  base,
  trailingSlash: 'always',
  // Failure tests build broken copies of the content side by side; each gets its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Astro 7's 'jsx' compression glues words across line breaks ("a</span>\n<em>b" → "ab"),
  // which also corrupts search excerpts; full compression keeps the space.
  compressHTML: true,
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor can't run remark plugins; the unified one runs remark-gfm
    // (tables and footnotes).
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx()],
});
